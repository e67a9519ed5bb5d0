package org.dyad.serve.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's {@code /usr/bin/chromium} driven by Playwright at laptop size (1366×768), one fresh tab
 * per test, with the page's uncaught errors collected and screenshots saved under
 * {@code target/screenshots}.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> pageErrors = new ArrayList<>();

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM);
    }

    static HeadlessChromium launch() throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Map<String, String> env = new HashMap<>(System.getenv());
        // The driver ships in the driver-bundle jar; browsers must never be downloaded.
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
        return new HeadlessChromium(playwright, browser);
    }

    /** A fresh tab; the previous one is closed. */
    Page newPage() {
        closePage();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
        page = context.newPage();
        pageErrors.clear();
        page.onPageError(pageErrors::add);
        return page;
    }

    /** Navigates to {@code base/#…} and waits until the view says it is ready. */
    void open(String baseUrl, String hash, String view) {
        page.navigate(baseUrl + "/" + hash);
        page.waitForSelector("body[data-ready=" + view + "]");
        page.waitForLoadState();
    }

    /** Uncaught errors the page threw since the tab was opened. */
    List<String> pageErrors() {
        return pageErrors;
    }

    /** Pixels with any paint on them, over all matching canvases: a blank canvas has none. */
    int paintedPixels(String canvasSelector) {
        Object n = page.locator(canvasSelector).evaluateAll("""
                cs => cs.reduce((n, c) => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                       for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }, 0)""");
        return ((Number) n).intValue();
    }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    void closePage() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        closePage();
        browser.close();
        playwright.close();
    }
}
