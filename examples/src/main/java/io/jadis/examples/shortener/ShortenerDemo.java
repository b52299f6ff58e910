package io.jadis.examples.shortener;

import io.jadis.examples.Concurrently;
import io.jadis.examples.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.util.List;

/** Shortens a URL, clicks it from many threads at once, and shows that every click counted. */
@ApplicationScoped
public class ShortenerDemo {
    @Inject
    UrlShortener shortener;

    /** The outcome: the clicks made, the clicks counted, and the history kept. */
    public record Outcome(int clicks, long counted, int history, boolean rejectedBadUrl) {
        /** Every click counted, the history bounded, the bad URL refused. */
        public boolean holds() {
            return counted == clicks && history == Math.min(clicks, UrlShortener.HISTORY) && rejectedBadUrl;
        }
    }

    public Outcome run(int clicks, PrintStream out) {
        out.println("URL shortener: " + clicks + " concurrent clicks on one short URL");
        ShortUrl url = shortener.shorten("https://github.com/imaginary-cherry/rapyer");
        boolean rejected = false;
        try {
            shortener.shorten("not a url");
        } catch (IllegalArgumentException expected) {
            rejected = true;
            out.println("  rejected: " + expected.getMessage());
        }
        List<Boolean> served = Concurrently.run(clicks, Math.min(clicks, 64),
                i -> () -> shortener.click(url.code).isPresent());
        ShortUrl stats = shortener.analytics(url.code).orElseThrow();
        out.print(new Table("short code", "target", "clicks made", "clicks counted", "recent clicks kept")
                .row("/" + url.code, url.url, served.stream().filter(b -> b).count(), stats.clicks,
                        stats.recentClicks.size()));
        out.println();
        return new Outcome(clicks, stats.clicks, stats.recentClicks.size(), rejected);
    }
}
