package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a loopback site: what it asked for (the server's log) and what it reports. */
class PoliteFetcherTest {
    private LoopbackSite site;
    private PoliteFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        site = new LoopbackSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n");
        fetcher = new PoliteFetcher(FetchPolicy.defaults("https://example.org/contact")
                .withHostDelay(Duration.ZERO).withTimeout(Duration.ofMillis(700))
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2)).withMaxBytes(10_000));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void sendsEtagBackAndReads304AsNotModified() {
        site.on("/feed.xml", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackSite.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.getResponseHeaders().set("Last-Modified", "Sat, 05 Dec 2026 10:00:00 GMT");
                LoopbackSite.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        Fetched first = fetcher.fetch(site.url("/feed.xml"), Validators.NONE);
        Fetched second = fetcher.fetch(site.url("/feed.xml"), first.validators());

        assertThat(first.ok()).isTrue();
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Sat, 05 Dec 2026 10:00:00 GMT"));
        assertThat(second.status()).isEqualTo(Fetched.Status.NOT_MODIFIED);
        LoopbackSite.Request conditional = site.requests().stream().filter(r -> r.path().equals("/feed.xml")).toList().get(1);
        assertThat(conditional.ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(conditional.ifModifiedSince()).isEqualTo("Sat, 05 Dec 2026 10:00:00 GMT");
        assertThat(conditional.userAgent()).isEqualTo("DyadWatch/0.1 (+https://example.org/contact)");
    }

    @Test
    void waitsForRetryAfterOn429ThenSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        site.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LoopbackSite.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                LoopbackSite.send(ex, 200, "text/html", "<p>fine</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        Fetched f = fetcher.fetch(site.url("/busy"), Validators.NONE);

        assertThat(f.ok()).isTrue();
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>fine</p>");
        assertThat(site.count("/busy")).isEqualTo(2);
    }

    @Test
    void retryAfterLongerThanAllowedEndsTheTriesAsRetryable() {
        site.on("/closed", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LoopbackSite.send(ex, 429, "text/plain", "come back later".getBytes(StandardCharsets.UTF_8));
        });
        Fetched f = fetcher.fetch(site.url("/closed"), Validators.NONE);

        assertThat(f.status()).isEqualTo(Fetched.Status.FAILED);
        assertThat(f.retryable()).isTrue();
        assertThat(f.reason()).contains("HTTP 429").contains("3600 s");
        assertThat(site.count("/closed")).isEqualTo(1);
    }

    @Test
    void backsOffOn503AndGivesUpAfterTheLastTry() {
        site.on("/down", ex -> LoopbackSite.send(ex, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        Fetched f = fetcher.fetch(site.url("/down"), Validators.NONE);

        assertThat(f.retryable()).isTrue();
        assertThat(f.reason()).isEqualTo("HTTP 503 (after 3 tries)");
        assertThat(site.count("/down")).isEqualTo(3);
    }

    @Test
    void redirectLoopIsAFailureNotAHang() {
        site.on("/a", ex -> redirect(ex, "/b"));
        site.on("/b", ex -> redirect(ex, "/a"));
        Fetched f = fetcher.fetch(site.url("/a"), Validators.NONE);

        assertThat(f.status()).isEqualTo(Fetched.Status.FAILED);
        assertThat(f.reason()).startsWith("redirect loop");
        assertThat(site.count("/a")).isEqualTo(1);
        assertThat(site.count("/b")).isEqualTo(1);
    }

    @Test
    void followsARedirectAndReportsWhereTheContentCameFrom() {
        site.on("/old", ex -> redirect(ex, "/new"));
        site.page("/new", "text/html", "<p>moved</p>");
        Fetched f = fetcher.fetch(site.url("/old"), Validators.NONE);

        assertThat(f.ok()).isTrue();
        assertThat(f.url()).isEqualTo(site.url("/old"));
        assertThat(f.finalUrl()).isEqualTo(site.url("/new"));
    }

    @Test
    void slowResponsePastTheTimeoutFailsAsRetryable() {
        site.on("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackSite.send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        FetchPolicy once = fetcher.policy().withRetries(1, Duration.ZERO, Duration.ZERO);
        Fetched f = new PoliteFetcher(once).fetch(site.url("/slow"), Validators.NONE);

        assertThat(f.status()).isEqualTo(Fetched.Status.FAILED);
        assertThat(f.retryable()).isTrue();
        assertThat(f.reason()).contains("timed out");
    }

    @Test
    void robotsTxtDisallowedPathIsNeverRequested() {
        site.page("/private/report.html", "text/html", "<p>secret</p>");
        Fetched f = fetcher.fetch(site.url("/private/report.html"), Validators.NONE);

        assertThat(f.status()).isEqualTo(Fetched.Status.DISALLOWED);
        assertThat(site.paths()).containsExactly("/robots.txt");
    }

    @Test
    void robotsTxtIsReadOncePerHost() {
        site.page("/one", "text/html", "<p>1</p>").page("/two", "text/html", "<p>2</p>");
        fetcher.fetch(site.url("/one"), Validators.NONE);
        fetcher.fetch(site.url("/two"), Validators.NONE);

        assertThat(site.paths()).containsExactly("/robots.txt", "/one", "/two");
    }

    @Test
    void gzipBodyIsUnpacked() throws IOException {
        byte[] zipped = gzip("<p>compressed news</p>");
        site.on("/zipped", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackSite.send(ex, 200, "text/html", zipped);
        });
        Fetched f = fetcher.fetch(site.url("/zipped"), Validators.NONE);

        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>compressed news</p>");
        assertThat(site.requests().get(1).acceptEncoding()).isEqualTo("gzip");
    }

    @Test
    void pageOverTheSizeCapIsRefused() {
        site.page("/huge", "text/html", "x".repeat(20_000));
        Fetched f = fetcher.fetch(site.url("/huge"), Validators.NONE);

        assertThat(f.status()).isEqualTo(Fetched.Status.FAILED);
        assertThat(f.retryable()).isFalse();
        assertThat(f.reason()).startsWith("larger than the size cap of 10000 bytes");
    }

    @Test
    void gzipBombOverTheCapIsRefusedAfterUnpacking() throws IOException {
        byte[] zipped = gzip("y".repeat(50_000));
        site.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackSite.send(ex, 200, "text/html", zipped);
        });
        Fetched f = fetcher.fetch(site.url("/bomb"), Validators.NONE);

        assertThat(zipped.length).isLessThan(10_000);
        assertThat(f.reason()).startsWith("larger than the size cap");
    }

    @Test
    void notFoundIsAFailureNotWorthRetrying() {
        Fetched f = fetcher.fetch(site.url("/gone"), Validators.NONE);

        assertThat(f.retryable()).isFalse();
        assertThat(f.reason()).isEqualTo("HTTP 404");
        assertThat(site.count("/gone")).isEqualTo(1);
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        LoopbackSite.send(ex, 302, null, new byte[0]);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
