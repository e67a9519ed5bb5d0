package org.dyad.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.store.EventStore;
import org.dyad.store.bench.ArticleBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Dyad chart on a real time axis: two signings three years apart (December 2011, February 2015)
 * stand three years apart with the empty months between them, a denial and a hypothetical are not
 * counted, a hedged report is drawn apart, and a promise for 2030 stretches nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DyadChartBrowserTest {
    private static final ArticleBuilder.Code SIGN = new ArticleBuilder.Code("057", 8.0, 1, "AGREE", "sign");
    private static final ArticleBuilder.Code AID = new ArticleBuilder.Code("062", 7.4, 2, "COOPERATE", "military");

    private Path dir;
    private EventStore store;
    private Javalin app;
    private HeadlessChromium chromium;
    private Page page;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed: apt-get install chromium");
        dir = Files.createTempDirectory("dyad-chart-test");
        store = EventStore.open(dir);
        store.ingestAll(List.of(
                article("2011-12-06", "Russia signed a deal with Iran on Monday.", "signed", SIGN, "2011-12-05", "asserted"),
                article("2015-02-11", "Russia signed a pact with Iran on Tuesday.", "signed", SIGN, "2015-02-10", "asserted"),
                article("2013-05-02", "Russia did not sign a deal with Iran on Wednesday.", "sign", SIGN, "2013-05-01",
                        "negated"),
                article("2013-06-03", "Russia may have sent advisers to Iran in June.", "sent", AID, "2013-06", "hedged"),
                article("2013-07-04", "If asked, Russia would send troops to Iran in July.", "send", AID, "2013-07",
                        "hypothetical"),
                article("2014-03-05", "Russia will supply jets to Iran by 2030.", "supply", AID, "2030", "intended")));
        app = DyadServer.start(store, ServerOptions.defaults().withPort(0).withMount(WebPage::mount));
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    void stop() {
        if (chromium != null) chromium.close();
        if (app != null) app.stop();
        if (store != null) store.close();
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (java.io.IOException e) {
                // a leftover temp folder is not worth failing the test for
            }
        }
    }

    private static Document article(String published, String sentence, String trigger, ArticleBuilder.Code code,
            String date, String certainty) {
        ArticleBuilder b = new ArticleBuilder("Russia and Iran, " + published, "Wire", published,
                "https://wire.example/" + published);
        b.sentence(sentence);
        Actor russia = b.actor("Russia", "RUS", "RUS", null, "COUNTRY");
        Actor iran = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        b.event(trigger, russia, iran, code, date,
                date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year", "text", null, certainty, null);
        return b.build();
    }

    private List<String> periods() {
        return ((List<?>) page.evaluate(
                "() => window.echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption().xAxis[0].data"))
                .stream().map(String::valueOf).toList();
    }

    @Test
    void emptyMonthsStandBetweenEventsYearsApart() {
        page = chromium.newPage();
        chromium.open("http://127.0.0.1:" + app.port(), "#/dyad?a=RUS&b=IRN", "dyad");
        page.waitForSelector("#dyad-chart[data-drawn]");

        List<String> periods = periods();
        assertThat(periods).as("every month from 2011-12 to 2015-02").hasSize(39)
                .startsWith("2011-12", "2012-01").endsWith("2015-01", "2015-02").contains("2013-01");
        assertThat(page.locator(".tile").nth(1).innerText()).as("two signings counted").startsWith("2");
        String note = page.locator("#dyad-counting").innerText();
        assertThat(note).contains("Counting asserted, reported events", "1 hedged", "1 hypothetical", "1 negated",
                "dashed line", "dated after the article");
        assertThat(chromium.paintedPixels("#dyad-chart canvas")).isGreaterThan(20_000);
        assertThat(chromium.pageErrors()).isEmpty();
        chromium.shot("dyad-time-axis");
    }

    @Test
    void countingEverythingStillLeavesTheFuturePromiseOut() {
        page = chromium.newPage();
        chromium.open("http://127.0.0.1:" + app.port(), "#/dyad?a=RUS&b=IRN&certainty=all", "dyad");
        page.waitForSelector("#dyad-chart[data-drawn]");

        assertThat(page.inputValue("select[name=certainty]")).isEqualTo("all");
        assertThat(page.locator(".tile").nth(1).innerText()).as("signings, denial, hedge, hypothetical").startsWith("5");
        assertThat(periods()).hasSize(39).doesNotContain("2030-01");
        assertThat(page.locator("#dyad-counting").innerText()).contains("dated after the article")
                .doesNotContain("Not counted");
        assertThat(chromium.pageErrors()).isEmpty();
    }
}
