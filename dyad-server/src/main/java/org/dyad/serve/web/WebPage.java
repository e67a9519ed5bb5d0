package org.dyad.serve.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.util.Map;

/**
 * Mounts the analyst's web page on a Javalin app: the page itself from the classpath folder
 * {@code /web} at {@code /}, and the browser libraries (ECharts, Cytoscape.js, Leaflet) from their
 * WebJars at {@code /webjars/…}. Nothing is fetched from a CDN or a tile server.
 *
 * <p>Call it from the {@code Javalin.create} config lambda of the server that also mounts the API.
 */
public final class WebPage {

    /** Where the page's files live on the classpath. */
    public static final String CLASSPATH_ROOT = "/web";

    /**
     * Scripts only from this origin and no inline script at all: even if some data slipped into the
     * DOM as markup, the browser would refuse to run it. Leaflet and ECharts set inline styles.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    private WebPage() {
    }

    public static void mount(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = CLASSPATH_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of(
                    "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                    "X-Content-Type-Options", "nosniff",
                    // The page is small and changes with each build: always revalidate.
                    "Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
    }
}
