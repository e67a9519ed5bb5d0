package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rounds of the real pipeline over a loopback site whose feed gains items between rounds: what is
 * fetched (the site's log), stored and reported, and that a restart remembers what was seen.
 */
class WatchRoundTest {
    private static final String ARMS = "Russia signed an arms contract with Iran on Monday. The deal covers air "
            + "defence systems and fighter jets, officials in Moscow said. Analysts expect further talks next month.";
    private static final String SUMMIT = "The French president met the German chancellor in Berlin on Tuesday. "
            + "The two leaders discussed energy prices and the war in Ukraine. They agreed to meet again soon.";
    private static final String AID = "Japan promised humanitarian aid to the Philippines after the typhoon. "
            + "Tokyo will send medical teams and food supplies, the foreign ministry said on Wednesday.";
    private static final String PROTEST = "Police in Chile arrested dozens of protesters in Santiago on Thursday. "
            + "The demonstrators were demanding higher pensions, local media reported.";
    private static final String EXPULSION = "Germany expelled two Russian diplomats on Friday. Berlin accused them "
            + "of spying on exiled dissidents, the interior ministry said.";

    private static Pipeline pipeline;

    @TempDir
    Path dir;
    private LoopbackSite site;
    private final AtomicReference<String> feed = new AtomicReference<>();
    /** One fetcher for all rounds, as in dyad watch: robots.txt is read once per host. */
    private final PoliteFetcher fetcher = new PoliteFetcher(FetchPolicy.defaults(null).withHostDelay(Duration.ZERO));

    @BeforeAll
    static void loadPipeline() {
        pipeline = new PipelineBuilder().build();
    }

    @BeforeEach
    void start() throws IOException {
        site = new LoopbackSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/news/arms-deal-signed", "text/html", page("Arms deal", ARMS));
        site.page("/news/summit-in-berlin", "text/html", page("Summit", SUMMIT));
        site.page("/news/arms-deal-signed-copy", "text/html", page("Arms deal", ARMS));
        site.page("/news/typhoon-aid-promised", "text/html", page("Aid", AID));
        site.on("/feed.xml", ex -> {
            String body = feed.get();
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", etag);
                LoopbackSite.send(ex, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void feedGainingItemsIsFollowedRoundByRoundAndRememberedAcrossRestarts() throws IOException {
        feed.set(rss(item("Arms deal", "/news/arms-deal-signed", null),
                item("Summit", "/news/summit-in-berlin?utm_source=rss", null),
                item("Protest", null, PROTEST),
                item("Private", "/private/secret-story", EXPULSION)));
        RoundSummary first;
        RoundSummary second;
        RoundSummary third;
        List<String> alerts;
        try (EventStore store = EventStore.open(dir.resolve("db"))) {
            first = round(store);
            feed.set(rss(item("Arms deal", "/news/arms-deal-signed", null),
                    item("Summit", "/news/summit-in-berlin", null),
                    item("Protest", null, PROTEST),
                    item("Private", "/private/secret-story", EXPULSION),
                    item("Aid", "/news/typhoon-aid-promised", null),
                    item("Arms again", "/news/arms-deal-signed-copy", null)));
            second = round(store);
            third = round(store);
            alerts = Files.readAllLines(dir.resolve("alerts.jsonl"));
            assertThat(store.stats().documents()).isEqualTo(5);
        }

        assertThat(first.sources()).isEqualTo(1);
        assertThat(first.listed()).isEqualTo(4);
        assertThat(first.stored()).isEqualTo(4);
        assertThat(first.fromFeedText()).as("no-link item and robots-refused page use the feed text").isEqualTo(2);
        assertThat(first.events()).isPositive();
        assertThat(first.failures()).isEmpty();

        assertThat(second.fresh()).isEqualTo(2);
        assertThat(second.stored()).isEqualTo(1);
        assertThat(second.duplicates()).as("same page body under another URL").isEqualTo(1);

        assertThat(third.notModified()).isEqualTo(1);
        assertThat(third.fresh()).isZero();

        assertThat(site.count("/news/arms-deal-signed")).isEqualTo(1);
        assertThat(site.count("/news/summit-in-berlin")).isEqualTo(1);
        assertThat(site.count("/news/typhoon-aid-promised")).isEqualTo(1);
        assertThat(site.paths()).noneMatch(p -> p.startsWith("/private/"));
        assertThat(site.count("/robots.txt")).isEqualTo(1);

        JsonNode alert = new ObjectMapper().readTree(alerts.get(0));
        assertThat(alerts).hasSize(1);
        assertThat(alert.get("event").get("source").get("code").asText()).startsWith("RUS");
        assertThat(alert.get("event").get("target").get("code").asText()).startsWith("IRN");
        assertThat(alert.get("sentence").asText()).startsWith("Russia signed");

        try (EventStore store = EventStore.open(dir.resolve("db"))) {
            feed.set(feed.get().replace("</channel>", "<!-- changed --></channel>"));
            RoundSummary afterRestart = round(store);
            assertThat(afterRestart.notModified()).isZero();
            assertThat(afterRestart.fresh()).as("everything listed was seen before the restart").isZero();
            assertThat(store.stats().documents()).isEqualTo(5);
        }
        assertThat(Files.readAllLines(dir.resolve("alerts.jsonl"))).hasSize(1);
    }

    @Test
    void frontPageLinksThatLookLikeArticlesAreFollowed() throws IOException {
        site.page("/", "text/html", "<html><body><a href='/about'>About</a><a href='/news/arms-deal-signed'>Arms</a>"
                + "<a href='/news/summit-in-berlin#top'>Summit</a><a href='https://elsewhere.example/a-b-c-d'>x</a></body></html>");
        RoundSummary s;
        try (EventStore store = EventStore.open(dir.resolve("db"))) {
            s = round(store, List.of(site.url("/")));
        }

        assertThat(s.listed()).isEqualTo(2);
        assertThat(s.stored()).isEqualTo(2);
        assertThat(site.paths()).doesNotContain("/about");
    }

    private RoundSummary round(EventStore store) throws IOException {
        return round(store, List.of(site.url("/feed.xml")));
    }

    private RoundSummary round(EventStore store, List<java.net.URI> sources) {
        Alerts alerts = new Alerts(List.of(AlertQuery.parse("actor=RUS&actor=IRN&both=true&certainty=asserted,reported")),
                dir.resolve("alerts.jsonl"), null);
        List<String> progress = new ArrayList<>();
        try (WatchState state = WatchState.open(store.directory())) {
            WatchRound round = new WatchRound(fetcher, state, new Intake(pipeline, store, alerts),
                    Follow.ALL, 2, 2, progress::add);
            return round.run(sources);
        }
    }

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | World</nav><article><h1>" + title
                + "</h1><p>" + text + "</p></article></body></html>";
    }

    private String item(String title, String path, String description) {
        return "<item><title>" + title + "</title>" + (path == null ? "<guid isPermaLink=\"false\">" + title + "</guid>"
                : "<link>" + site.url(path) + "</link>") + (description == null ? "" : "<description>" + description
                + "</description>") + "<pubDate>Mon, 25 Oct 2021 10:00:00 GMT</pubDate></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title><language>en</language>"
                + String.join("", items) + "</channel></rss>";
    }
}
