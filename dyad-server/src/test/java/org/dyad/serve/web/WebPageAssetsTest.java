package org.dyad.serve.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link WebPage} mounts, checked over HTTP without a browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageAssetsTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private TestSite site;

    @BeforeAll
    void start() {
        site = TestSite.start();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void pageIsServedAtRootWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<script type=\"module\" src=\"/js/app.js\">");
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
        assertThat(index.body()).as("no CDN").doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
    }

    @Test
    void everyViewModuleAndEveryLibraryTheyLoadIsServed() throws Exception {
        for (String path : new String[] {"/js/app.js", "/js/views/events.js", "/js/views/dyad.js",
                "/js/views/network.js", "/js/views/map.js", "/js/views/article.js", "/css/dyad.css"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        String vendor = get("/js/vendor.js").body();
        var libraries = java.util.regex.Pattern.compile("'(/webjars/[^']+)'").matcher(vendor).results()
                .map(m -> m.group(1)).toList();
        assertThat(libraries).hasSize(4);
        for (String path : libraries) {
            HttpResponse<String> lib = get(path);
            assertThat(lib.statusCode()).as(path).isEqualTo(200);
            assertThat(lib.body().length()).as(path).isGreaterThan(10_000);
        }
    }

    @Test
    void unknownFilesAre404() throws Exception {
        assertThat(get("/js/nope.js").statusCode()).isEqualTo(404);
        assertThat(get("/webjars/nope/1/x.js").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
