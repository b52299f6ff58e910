package io.jadis.examples.shortener;

import io.jadis.api.Atomic;
import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.exceptions.OptimisticLockingFailureException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/**
 * The URL shortener of the first article. Clicks are counted by the server: each click is one
 * atomic step that adds 1 to the count, appends the click time and keeps the last
 * {@value #HISTORY} times, so no click is lost under any concurrency.
 */
@ApplicationScoped
public class UrlShortener {
    public static final int HISTORY = 100;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private final SecureRandom random = new SecureRandom();

    @Inject
    ShortUrls urls;

    @Inject
    Atomic atomic;

    /**
     * Stores a new short code for an http(s) URL.
     *
     * @throws IllegalArgumentException for anything but an absolute http or https URL; nothing is stored
     */
    public ShortUrl shorten(String url) {
        URI uri = validate(url);
        while (true) {
            try {
                return urls.insert(new ShortUrl(code(), uri.toString(), Instant.now()));
            } catch (EntityExistsException taken) {
                // Six random characters rarely collide; draw again.
            }
        }
    }

    /** Records a click and returns where the code leads, or empty for an unknown code. */
    public Optional<String> click(String code) {
        try {
            ShortUrl url = atomic.on(ShortUrl.class, code)
                    .add("clicks", 1)
                    .append("recentClicks", Instant.now())
                    .keepLast("recentClicks", HISTORY)
                    .apply();
            return Optional.of(url.url);
        } catch (OptimisticLockingFailureException unknown) {
            return Optional.empty();
        }
    }

    public Optional<ShortUrl> analytics(String code) {
        return urls.findById(code);
    }

    static URI validate(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid URL: '" + url + "' (" + e.getReason() + ")", e);
        }
        throw new IllegalArgumentException("Not a valid URL: '" + url + "' (use an absolute http:// or https:// URL)");
    }

    private String code() {
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
