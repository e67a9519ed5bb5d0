package org.dyad.serve.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.dyad.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page against the real server: the seed article through the real pipeline into a real store
 * ({@link RealSite}), every view opened in headless Chromium, screenshots saved as
 * {@code target/screenshots/real-<view>.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealServerBrowserTest {

    private static final Set<String> CERTAINTIES = Set.of("asserted", "reported", "hedged", "intended",
            "hypothetical", "negated");
    private static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private RealSite site;
    private HeadlessChromium chromium;
    private Page page;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed: apt-get install chromium");
        site = RealSite.start();
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    void stop() {
        if (chromium != null) chromium.close();
        if (site != null) site.close();
    }

    @BeforeEach
    void openTab() {
        page = chromium.newPage();
    }

    /** "What has Russia done with Iran, and how sure are we?" — both directions, dated, with certainty. */
    @Test
    void apiAnswersTheAnalystsQuestionForTheSeed() throws Exception {
        // the events list shows every certainty: so must the series it is compared with
        JsonNode series = api("/api/dyads/series?a=RUS&b=IRN&certainty=all");
        int charted = 0;
        for (JsonNode p : series.get("points")) charted += p.get("count").asInt();
        JsonNode russiaToIran = api("/api/events?source=RUS&target=IRN&size=100");
        JsonNode iranToRussia = api("/api/events?source=IRN&target=RUS&size=100&sort=date");

        assertThat(russiaToIran.get("total").asInt() + iranToRussia.get("total").asInt())
                .as("the two directions add up to the dyad's series").isEqualTo(charted).isGreaterThanOrEqualTo(3);
        List<JsonNode> all = new ArrayList<>();
        russiaToIran.get("items").forEach(all::add);
        iranToRussia.get("items").forEach(all::add);
        for (JsonNode e : all) {
            assertThat(e.get("date").asText()).as("date of %s", e.get("id")).matches(DATE);
            assertThat(e.get("certainty").asText()).isIn(CERTAINTIES);
            assertThat(e.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(e.get("doc_id").asText()).isEqualTo(site.seed().id());
        }
        assertThat(eventReporting("signing").get("cameo_root").asText()).as("the arms contract").isEqualTo("05");
        List<String> dates = iranToRussia.get("items").findValuesAsText("date");
        assertThat(dates).as("sort=date is oldest first").isSortedAccordingTo(String::compareTo);
    }

    @Test
    void eventsTableShowsTheSeedsEventsWithBadgesAndTheirReports() {
        chromium.open(site.baseUrl(), "#/events", "events");

        Locator rows = page.locator("table.events tbody tr");
        assertThat(rows.count()).isEqualTo(api("/api/events?size=25").get("items").size()).isGreaterThan(5);
        Locator signing = page.locator("tr[data-id='" + eventReporting("signing").get("id").asText() + "']");
        assertThat(signing.count()).isEqualTo(1);
        assertThat(signing.locator("td.dyad").innerText()).contains("IRN", "RUS");
        String certainty = signing.locator(".badge").innerText();
        assertThat(certainty).isIn(CERTAINTIES);
        assertThat(signing.locator(".badge").getAttribute("class")).contains("cert-" + certainty);
        assertThat(signing.locator(".article-cell a").getAttribute("href")).isEqualTo("#/article/" + site.seed().id());

        signing.locator("td.dyad").click();
        page.waitForSelector("tr.details .mention-list li");
        assertThat(page.locator("tr.details .mention-list li mark").allInnerTexts())
                .as("the sentence comes with its trigger marked").contains("signing");

        Locator hostile = rows.filter(new Locator.FilterOptions().setHasText(RealSite.HOSTILE_TITLE));
        assertThat(hostile.count()).as("the hostile document's events are listed, title as text").isPositive();
        assertNothingInjected();
        chromium.shot("real-events");
    }

    @Test
    void everySortTheTableOffersIsOneTheApiAccepts() throws Exception {
        chromium.open(site.baseUrl(), "#/events?sort=-mentions", "events");
        assertThat(page.locator(".notice.error").count()).isZero();
        List<?> sorts = (List<?>) page.locator("select[name=sort] option").evaluateAll("os => os.map(o => o.value)");
        assertThat(sorts).hasSizeGreaterThan(2);
        for (Object sort : sorts) {
            assertThat(status("/api/events?sort=" + sort)).as("sort=%s", sort).isEqualTo(200);
        }
    }

    @Test
    void dyadChartShowsRussiaIran() {
        chromium.open(site.baseUrl(), "#/dyad?a=RUS&b=IRN", "dyad");
        page.waitForSelector("#dyad-chart[data-drawn]");

        int charted = 0;
        for (JsonNode p : api("/api/dyads/series?a=RUS&b=IRN").get("points")) charted += p.get("count").asInt();
        assertThat(page.locator(".tile").first().innerText()).contains("RUS – IRN");
        assertThat(page.locator(".tile").nth(1).innerText()).startsWith(String.valueOf(charted));
        assertThat(chromium.paintedPixels("#dyad-chart canvas")).isGreaterThan(20_000);
        assertThat(page.locator("#actor-codes option").count()).as("actor suggestions from /api/actors").isPositive();
        assertNothingInjected();
        chromium.shot("real-dyad");
    }

    @Test
    void networkLinksRussiaAndIranAsCooperating() {
        chromium.open(site.baseUrl(), "#/network", "network");

        assertThat(page.evaluate("() => window.__dyadNetwork.nodes().map(n => n.id())").toString()).contains("RUS", "IRN");
        Object weight = page.evaluate("() => window.__dyadNetwork.edges().filter(e => "
                + "[e.source().id(), e.target().id()].sort().join() === 'IRN,RUS')[0].data('weight')");
        assertThat(((Number) weight).doubleValue()).as("net cooperation").isPositive();
        assertThat(page.evaluate("() => window.__dyadNetwork.edges().map(e => e.style('target-arrow-shape'))").toString())
                .as("pairs are unordered in /api/network: no arrowheads").doesNotContain("triangle");
        assertThat(chromium.paintedPixels("#network-graph canvas")).isPositive();
        assertNothingInjected();
        chromium.shot("real-network");
    }

    @Test
    void mapMarksTheSeedsPlaces() {
        chromium.open(site.baseUrl(), "#/map", "map");

        JsonNode places = api("/api/places").get("items");
        assertThat(places.size()).isPositive();
        assertThat(page.locator("path.place-marker").count()).isEqualTo(places.size());
        assertThat(((Number) page.evaluate("() => window.__dyadMap.countries")).intValue())
                .as("the shipped country shapes").isGreaterThan(100);
        assertThat(page.locator(".place-list li").allInnerTexts().toString()).contains(places.get(0).get("name").asText());
        assertNothingInjected();
        chromium.shot("real-map");
    }

    @Test
    void articleViewHighlightsTheSeedsTriggersAndSpeakers() {
        Document seed = site.seed();
        chromium.open(site.baseUrl(), "#/article/" + seed.id(), "article");

        assertThat(page.locator("h1.article-title").innerText()).isEqualTo(seed.title());
        assertThat(page.locator("#article-body").textContent()).as("the text exactly, offsets intact").isEqualTo(seed.body());
        assertThat(page.locator("#article-body .trigger").allInnerTexts()).contains("signing", "arrived");
        assertThat(page.locator(".event-card").count()).isEqualTo(seed.events().size());
        // the club Iran wants to create is coded with each partner the article names (China, Russia)
        Locator club = page.locator(".event-card", new Page.LocatorOptions().setHasText("Kazem Jalali"));
        assertThat(club.count()).as("the ambassador speaks for the sanctions club").isBetween(1, 2);
        assertThat(club.allInnerTexts()).anySatisfy(card -> assertThat(card).contains("IRN", "CHN"));

        page.locator("#article-body .trigger", new Page.LocatorOptions().setHasText("arrived")).click();
        assertThat(page.locator(".event-card.focus").innerText()).contains("IRN", "RUS", "arrived");
        assertNothingInjected();
        chromium.shot("real-article");
    }

    @Test
    void hostileDocumentRendersAsText() {
        chromium.open(site.baseUrl(), "#/article/" + site.hostile().id(), "article");

        assertThat(page.locator("h1.article-title").innerText()).isEqualTo(RealSite.HOSTILE_TITLE);
        assertThat(page.locator("#article-body").innerText()).contains("<script>window.__xss=3</script>", "onerror=");
        assertThat(page.locator(".meta a").count()).as("a javascript: URL gets no link").isZero();
        assertNothingInjected();
        chromium.shot("real-article-hostile");

        chromium.open(site.baseUrl(), "#/article", "article");
        assertThat(page.locator("table.documents tbody tr").allInnerTexts().toString()).contains(RealSite.HOSTILE_TITLE);
        assertNothingInjected();
        chromium.shot("real-articles");
    }

    /**
     * The grouped RUS–IRN event one of whose reports has this trigger. The store groups by CAMEO root,
     * so the seed's "signing" (057) shares an event with "support each other" (051), both root 05.
     */
    private JsonNode eventReporting(String trigger) {
        for (JsonNode e : api("/api/events?actor=RUS&size=100").get("items")) {
            JsonNode detail = api("/api/events/" + e.get("id").asText());
            if (detail.get("mentions").findValuesAsText("trigger").contains(trigger)) {
                return detail;
            }
        }
        throw new AssertionError("no RUS event reports the trigger '" + trigger + "'");
    }

    private void assertNothingInjected() {
        assertThat(page.locator("main img, main script, main b, .stats img").count()).isZero();
        assertThat(page.evaluate("() => window.__xss")).isNull();
        assertThat(chromium.pageErrors()).isEmpty();
    }

    private JsonNode api(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return json.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
