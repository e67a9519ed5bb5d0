package org.dyad.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.serve.api.DocumentPush;
import org.dyad.serve.api.PushApi;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A page left open learns of events that arrive (here pushed; with serve --watch, watched) and reloads on request. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveNoticeBrowserTest {
    private static final String TOKEN = "t0ken";

    private Path dir;
    private EventStore store;
    private Javalin app;
    private HeadlessChromium chromium;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed: apt-get install chromium");
        dir = java.nio.file.Files.createTempDirectory("dyad-live");
        store = EventStore.open(dir.resolve("db"));
        DocumentPush push = raw -> {
            var doc = RealSite.pipeline().process(raw);
            return new DocumentPush.Result(doc, store.ingest(doc) == IngestResult.ADDED);
        };
        app = DyadServer.start(store, ServerOptions.defaults().withPort(0).withMount(WebPage::mount)
                .withMount(PushApi.mount(push, TOKEN, 1 << 20)));
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    void stop() {
        if (chromium != null) chromium.close();
        if (app != null) app.stop();
        if (store != null) store.close();
        if (dir != null) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }

    @Test
    void newEventsAreAnnouncedAndShownWhenClicked() throws Exception {
        Page page = chromium.newPage();
        chromium.open("http://127.0.0.1:" + app.port(), "?poll=1#/events", "events");
        assertThat(page.locator("#live").isHidden()).isTrue();
        assertThat(page.locator("table.events tbody tr").count()).isZero();

        HttpResponse<String> pushed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/api/documents"))
                .header("Content-Type", "application/json").header("X-Dyad-Token", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Russia signed an arms contract with Iran on "
                        + "Monday. Officials in Moscow said the deal covers air defence systems.\", \"published\": \"2021-10-25\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        long mentions = store.stats().mentions();
        assertThat(mentions).isPositive();

        page.waitForSelector("#live:not([hidden])");
        assertThat(page.locator("#live").innerText()).isEqualTo(mentions == 1 ? "1 new event" : mentions + " new events");
        page.locator("#live").click();
        page.waitForSelector("body[data-ready=events]");
        page.waitForSelector("table.events tbody tr");

        assertThat(page.locator("#live").isHidden()).isTrue();
        assertThat(page.locator("table.events tbody tr").count()).isPositive();
        assertThat(page.locator("#stats").innerText()).startsWith("1 article");
        assertThat(chromium.pageErrors()).isEmpty();
    }
}
