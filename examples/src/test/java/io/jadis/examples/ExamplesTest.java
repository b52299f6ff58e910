package io.jadis.examples;

import io.jadis.examples.inventory.CheckoutDemo;
import io.jadis.examples.leaderboard.Achievement;
import io.jadis.examples.leaderboard.LeaderboardDemo;
import io.jadis.examples.leaderboard.Player;
import io.jadis.examples.shortener.ShortUrls;
import io.jadis.examples.shortener.ShortenerDemo;
import io.jadis.examples.shortener.UrlShortener;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs each example as the launcher does (CDI container, embedded Redis) and checks its invariants. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesTest {
    private WeldContainer container;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeAll
    void start() {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        container = new Weld().initialize();
    }

    @AfterAll
    void stop() {
        container.close();
    }

    @Test
    void everyConcurrentClickIsCountedAndTheHistoryIsBounded() {
        ShortenerDemo.Outcome o = container.select(ShortenerDemo.class).get().run(300, out);
        assertEquals(300, o.counted());
        assertTrue(o.holds());
        assertEquals(UrlShortener.HISTORY, o.history());
        assertTrue(o.rejectedBadUrl());
    }

    @Test
    void aBadUrlIsRejectedAndNothingIsStored() {
        UrlShortener shortener = container.select(UrlShortener.class).get();
        ShortUrls urls = container.select(ShortUrls.class).get();
        long before = urls.findAll().count();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shortener.shorten("ftp://example.com/file"));
        assertTrue(e.getMessage().contains("ftp://example.com/file"), e.getMessage());
        assertEquals(before, urls.findAll().count());
        assertTrue(shortener.click("no-such-code").isEmpty());
    }

    @Test
    void gamesAreAllRecordedItemsAreConservedAndTheLeaderboardIsSorted() {
        LeaderboardDemo.Outcome o = container.select(LeaderboardDemo.class).get().run(12, 600, 300, out);
        assertEquals(600, o.gamesRecorded());
        assertTrue(o.holds());
        assertEquals(o.itemsBefore(), o.itemsAfter());
        List<Player> top = o.top10();
        assertEquals(10, top.size());
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).score >= top.get(i).score, "leaderboard out of order at " + i);
        }
        assertTrue(top.get(0).achievements.contains(Achievement.TOP_PLAYER));
        for (Player p : top) {
            assertEquals(p.wins > 0, p.achievements.contains(Achievement.FIRST_WIN), p.username);
            assertEquals(p.wins + p.losses, p.stats.totalGames(), p.username);
        }
    }

    @Test
    void theCheckoutNeverOversells() {
        CheckoutDemo.Outcome o = container.select(CheckoutDemo.class).get().run(200, 32, 10, out);
        assertEquals(320, o.attempts());
        assertTrue(o.holds());
        assertEquals(200, o.sold());
        assertEquals(0, o.stockLeft());
        assertEquals(200, o.soldCounter());
    }
}
