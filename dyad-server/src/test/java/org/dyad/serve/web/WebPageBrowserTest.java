package org.dyad.serve.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens every view of the page in Debian's headless Chromium at laptop size (1366×768), checks what
 * a person would see, and saves a screenshot per view under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private TestSite site;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed: apt-get install chromium");
        Files.createDirectories(SCREENSHOTS);
        site = TestSite.start();
        Map<String, String> env = new HashMap<>(System.getenv());
        // The driver ships in the driver-bundle jar; browsers must never be downloaded.
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (site != null) site.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
        page = context.newPage();
        pageErrors.clear();
        page.onPageError(pageErrors::add);
    }

    @AfterEach
    void closePage() {
        if (context != null) context.close();
    }

    @Test
    void eventsTableShowsRowsBadgesColoursAndArticleLinks() {
        open("#/events", "events");

        assertThat(page.locator("table.events tbody tr").count()).isEqualTo(12);
        assertThat(page.locator("table.events tbody tr").first().innerText()).contains("RUSGOV", "IRNGOV", "040", "Consult");
        assertThat(page.locator("table.events .badge.cert-negated").count()).isEqualTo(1);
        assertThat(page.locator("table.events .badge.cert-hypothetical").innerText()).isEqualTo("hypothetical");
        assertThat(background("tr[data-id=e11] .gold")).as("Goldstein −10 is red").matches(rgb -> rgb[0] > 150 && rgb[1] < 100);
        assertThat(background("tr[data-id=e02] .gold")).as("Goldstein +8 is green").matches(rgb -> rgb[1] > 130 && rgb[0] < 100);
        assertThat(page.locator("tr[data-id=e01] .article-cell a").getAttribute("href")).isEqualTo("#/article/doc-seed");
        assertThat(page.locator("tr[data-id=e08] .article-cell a").innerText()).startsWith("<script>window.__xss=1</script>");
        assertThat(page.locator("tr[data-id=e08] .sentence").innerText()).contains("<img src=x onerror=");
        assertNothingInjected();
        shot("events");
    }

    @Test
    void eventRowOpensItsReportsWithMarkedSentences() {
        open("#/events", "events");
        page.locator("tr[data-id=e03] td.dyad").click();
        page.waitForSelector("tr.details .mention-list li");

        assertThat(page.locator("tr.details .mentions-head").innerText()).contains("3 reports", "3 articles", "2 sources");
        assertThat(page.locator("tr.details .mention-list li").count()).isEqualTo(3);
        assertThat(page.locator("tr.details .mention-list li").first().locator("mark").allInnerTexts())
                .containsExactly("Russia", "supply", "Iran");
        assertThat(page.locator("tr.details .mention-list li").nth(2).innerText())
                .contains("speaker: <script>window.__xss=20</script>");
        assertThat(page.locator("tr.details mark[onmouseover]").count()).as("marks are rebuilt without attributes").isZero();
        assertNothingInjected();
        shot("events-reports");

        page.locator("tr[data-id=e03] td.dyad").click();
        assertThat(page.locator("tr.details").count()).as("a second click closes the reports").isZero();
    }

    @Test
    void searchBoxQueriesEventsAndArticleText() {
        open("#/events", "events");
        page.fill("#search input", "Iran");
        page.waitForRequest(r -> r.url().contains("/api/search?q=Iran"), () -> page.press("#search input", "Enter"));
        page.waitForSelector("body[data-ready=events] .hit-list li");

        assertThat(page.url()).endsWith("#/events?q=Iran");
        assertThat(page.locator(".hit-list li").count()).isEqualTo(2);
        assertThat(page.locator(".hit-list mark").allInnerTexts()).containsExactly("Iran", "Iran");
        assertThat(page.locator(".hit-list li").nth(1).innerText()).contains("<script>window.__xss=1</script>");
        assertNothingInjected();
        shot("search");
    }

    @Test
    void dyadChartDrawsCooperationAgainstConflict() {
        open("#/dyad", "dyad");
        page.waitForSelector("#dyad-chart[data-drawn]");

        assertThat(page.inputValue("input[name=a]")).isEqualTo("RUS");
        assertThat(page.inputValue("input[name=b]")).isEqualTo("IRN");
        assertThat(page.locator(".tile").first().innerText()).contains("RUS – IRN");
        Object total = page.evaluate("() => fetch('/api/dyads/series?a=RUS&b=IRN').then(r => r.json())"
                + ".then(s => s.points.reduce((n, p) => n + p.count, 0))");
        assertThat(page.locator(".tile").nth(1).innerText()).startsWith(String.valueOf(total));
        assertThat(paintedPixels("#dyad-chart canvas")).as("chart canvas has drawing on it").isGreaterThan(20_000);
        assertNothingInjected();
        shot("dyad");
    }

    @Test
    void networkDrawsActorsWithSignedEdges() {
        open("#/network", "network");

        assertThat(page.evaluate("() => window.__dyadNetwork.nodes().length")).isEqualTo(11);
        assertThat(page.evaluate("() => window.__dyadNetwork.edges().length"))
                .as("the edge to a missing node is dropped").isEqualTo(16);
        assertThat(page.evaluate("() => window.__dyadNetwork.edges('[weight < 0]').first().style('line-color')"))
                .isEqualTo("rgb(194,59,59)");
        assertThat(page.evaluate("() => window.__dyadNetwork.edges('[weight > 0]').first().style('line-color')"))
                .isEqualTo("rgb(47,143,91)");
        assertThat(paintedPixels("#network-graph canvas")).isGreaterThan(0);
        assertThat(page.locator(".graph-info").innerText()).contains("11 actors, 16 dyads");
        assertNothingInjected();
        shot("network");
    }

    @Test
    void mapShowsCountryShapesAndPlaceMarkers() {
        open("#/map", "map");

        assertThat(page.locator("path.place-marker").count()).as("one marker per place with coordinates").isEqualTo(10);
        assertThat(((Number) page.evaluate("() => window.__dyadMap.countries")).intValue()).isGreaterThanOrEqualTo(3);
        assertThat(page.locator(".leaflet-tile").count()).as("no tile server").isZero();
        assertThat(page.locator(".place-list li").first().innerText()).startsWith("Moscow");
        assertNothingInjected();
        shot("map");
    }

    @Test
    void articleHighlightsEntitiesAndTriggersAndListsEvents() {
        open("#/article/doc-seed", "article");

        String body = (String) page.evaluate("() => fetch('/api/documents/doc-seed').then(r => r.json()).then(d => d.body)");
        assertThat(page.locator("#article-body").textContent()).as("the text is shown exactly, offsets intact").isEqualTo(body);
        assertThat(page.locator("#article-body .trigger").allInnerTexts())
                .containsExactly("met", "signed", "supply", "buy", "condemned", "threatened", "attack");
        assertThat(page.locator("#article-body .ent-person").allInnerTexts()).contains("Sergei Lavrov", "Abbas Araghchi");
        assertThat(page.locator("#article-body .ent-money").innerText()).isEqualTo("$2 billion");
        assertThat(page.locator(".event-card").count()).isEqualTo(7);
        String supply = page.locator(".event-card").nth(2).innerText();
        assertThat(supply).contains("RUS", "IRN", "061", "Lavrov", "RUSGOV", "$2 billion", "intended", "Bushehr");
        assertThat(page.locator(".event-card").nth(6).locator(".badge.cert-negated").count()).isEqualTo(1);

        page.locator("#article-body .trigger", new Page.LocatorOptions().setHasText("supply")).click();
        assertThat(page.locator(".event-card.focus").innerText()).contains("061");
        assertNothingInjected();
        shot("article");
    }

    @Test
    void hostileArticleRendersAsTextAndRunsNothing() {
        open("#/article/doc-hostile", "article");

        assertThat(page.locator("h1.article-title").innerText()).isEqualTo("<script>window.__xss=1</script>Hostile <b>title</b>");
        assertThat(page.locator("#article-body").innerText()).contains("<img src=x onerror=\"window.__xss=2\">", "<script>window.__xss=6</script>");
        assertThat(page.locator(".meta a").count()).as("a javascript: URL gets no link").isZero();
        assertThat(page.locator(".event-card").innerText()).contains("<script>window.__xss=9</script>", "<img src=x onerror=");
        assertThat(page.locator(".warnings li").textContent()).isEqualTo("<script>window.__xss=11</script>");
        assertNothingInjected();
        shot("article-hostile");
    }

    @Test
    void articleListAndMissingArticle() {
        open("#/article", "article");
        assertThat(page.locator("table.documents tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("table.documents tbody tr").nth(1).innerText()).contains("<script>window.__xss=1</script>", "Evil Press");
        assertNothingInjected();
        shot("articles");

        open("#/article/does-not-exist", "article");
        assertThat(page.locator(".notice.error").innerText()).isEqualTo("no such document");
        assertThat(pageErrors).isEmpty();
    }

    private void open(String hash, String view) {
        page.navigate(site.baseUrl() + "/" + hash);
        page.waitForSelector("body[data-ready=" + view + "]");
        page.waitForLoadState();
    }

    /** Hostile values must show as characters: no element made from data, no script run, no error. */
    private void assertNothingInjected() {
        assertThat(page.locator("main img, main script, main b, main i, .stats img").count()).isZero();
        assertThat(page.evaluate("() => window.__xss")).isNull();
        assertThat(pageErrors).isEmpty();
    }

    private int[] background(String selector) {
        String css = (String) page.locator(selector).evaluate("e => getComputedStyle(e).backgroundColor");
        String[] parts = css.replaceAll("[^0-9,]", "").split(",");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** Pixels with any paint on them, over all matching canvases: a blank canvas has none. */
    private int paintedPixels(String canvasSelector) {
        Object n = page.locator(canvasSelector).evaluateAll("""
                cs => cs.reduce((n, c) => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                       for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }, 0)""");
        return ((Number) n).intValue();
    }

    private void shot(String view) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(view + ".png")));
    }
}
