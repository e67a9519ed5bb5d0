package org.dyad.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one URL as a crawler people trust: robots.txt first, the host's delay and concurrency
 * limit, conditional requests, gzip, a size cap, a timeout over the whole response, bounded
 * redirects, and on 429/5xx/timeouts a wait of Retry-After or an exponential back-off. Never throws
 * for network trouble: every outcome is a {@link Fetched} with a reason.
 */
public final class PoliteFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;
    private final HttpClient http;
    private final HostGate gate;
    private final RobotsCache robots;

    public PoliteFetcher(FetchPolicy policy) {
        this.policy = policy;
        // Redirects are followed here, not by the client, so each hop passes robots.txt and the gate.
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.timeout()).build();
        this.gate = new HostGate(policy.perHost(), policy.hostDelay());
        this.robots = new RobotsCache(this, gate);
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** Fetches {@code url}, asking only for a newer version than {@code since}. */
    public Fetched fetch(URI url, Validators since) {
        if (!isHttp(url)) {
            return Fetched.failed(url, 0, "not an http(s) URL", false);
        }
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            if (!visited.add(current)) {
                return Fetched.failed(url, 0, "redirect loop at " + current, false);
            }
            if (!robots.allows(current)) {
                return Fetched.disallowed(current);
            }
            Fetched f = withRetries(current, hop == 0 ? since : Validators.NONE);
            if (f.status() != Fetched.Status.FAILED || !REDIRECTS.contains(f.httpStatus())) {
                return f.url().equals(url) ? f : new Fetched(url, f.finalUrl(), f.status(), f.httpStatus(), f.body(),
                        f.contentType(), f.validators(), f.reason(), f.retryable());
            }
            URI next = location(current, f.reason());
            if (next == null) {
                return Fetched.failed(url, f.httpStatus(), "redirect without a usable Location", false);
            }
            current = next;
        }
        return Fetched.failed(url, 0, "more than " + policy.maxRedirects() + " redirects", false);
    }

    /** One request without robots or redirects handling, used for robots.txt itself. */
    Fetched fetchDirect(URI url) {
        return withRetries(url, Validators.NONE);
    }

    private Fetched withRetries(URI url, Validators since) {
        Fetched last = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            Attempt a = once(url, since);
            last = a.fetched;
            if (!last.retryable() || attempt == policy.maxAttempts()) {
                break;
            }
            Duration wait = a.retryAfter != null ? a.retryAfter : policy.backoff().multipliedBy(1L << (attempt - 1));
            if (wait.compareTo(policy.maxRetryWait()) > 0) {
                return Fetched.failed(url, last.httpStatus(), last.reason() + "; server asks to wait "
                        + wait.toSeconds() + " s, more than " + policy.maxRetryWait().toSeconds() + " s", true);
            }
            if (!sleep(wait)) {
                break;
            }
        }
        if (last.retryable() && policy.maxAttempts() > 1) {
            return Fetched.failed(url, last.httpStatus(), last.reason() + " (after " + policy.maxAttempts() + " tries)", true);
        }
        return last;
    }

    private record Attempt(Fetched fetched, Duration retryAfter) {
    }

    private Attempt once(URI url, Validators since) {
        String host = hostKey(url);
        try {
            gate.acquire(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(Fetched.failed(url, 0, "interrupted", false), null);
        }
        try {
            return send(url, since);
        } finally {
            gate.release(host);
        }
    }

    private Attempt send(URI url, Validators since) {
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(policy.timeout())
                .header("User-Agent", policy.userAgent()).header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
        if (since.etag() != null) {
            req.header("If-None-Match", since.etag());
        }
        if (since.lastModified() != null) {
            req.header("If-Modified-Since", since.lastModified());
        }
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        HttpResponse<InputStream> resp;
        try {
            resp = http.send(req.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new Attempt(Fetched.failed(url, 0, "timed out after " + policy.timeout().toMillis() + " ms", true), null);
        } catch (IOException e) {
            return new Attempt(Fetched.failed(url, 0, "network error: " + e, true), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(Fetched.failed(url, 0, "interrupted", false), null);
        }
        return answer(url, resp, deadline);
    }

    private Attempt answer(URI url, HttpResponse<InputStream> resp, long deadline) {
        int code = resp.statusCode();
        Validators v = new Validators(resp.headers().firstValue("ETag").orElse(null),
                resp.headers().firstValue("Last-Modified").orElse(null));
        try (InputStream body = resp.body()) {
            if (code == 304) {
                return new Attempt(Fetched.notModified(url, v), null);
            }
            if (REDIRECTS.contains(code)) {
                // the reason carries the Location; fetch() resolves it
                return new Attempt(Fetched.failed(url, code, resp.headers().firstValue("Location").orElse(""), false), null);
            }
            if (code == 429 || code >= 500) {
                boolean retry = code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
                return new Attempt(Fetched.failed(url, code, "HTTP " + code, retry), retryAfter(resp));
            }
            if (code >= 400) {
                return new Attempt(Fetched.failed(url, code, "HTTP " + code, false), null);
            }
            long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > policy.maxBytes() && !gzipped(resp)) {
                return new Attempt(tooLarge(url, declared), null);
            }
            InputStream in = gzipped(resp) ? new GZIPInputStream(body) : body;
            byte[] bytes = CappedRead.read(in, policy.maxBytes(), deadline);
            if (bytes == null) {
                return new Attempt(tooLarge(url, -1), null);
            }
            return new Attempt(Fetched.ok(url, url, code, bytes, resp.headers().firstValue("Content-Type").orElse(null), v), null);
        } catch (CappedRead.Late e) {
            return new Attempt(Fetched.failed(url, code, "timed out reading the body after "
                    + policy.timeout().toMillis() + " ms", true), null);
        } catch (IOException e) {
            return new Attempt(Fetched.failed(url, code, "broken response: " + e.getMessage(), true), null);
        }
    }

    private Fetched tooLarge(URI url, long declared) {
        return Fetched.failed(url, 200, "larger than the size cap of " + policy.maxBytes() + " bytes"
                + (declared > 0 ? " (" + declared + " declared)" : ""), false);
    }

    private static boolean gzipped(HttpResponse<?> resp) {
        return resp.headers().firstValue("Content-Encoding").map(e -> e.toLowerCase(Locale.ROOT).contains("gzip"))
                .orElse(false);
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> resp) {
        String value = resp.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static URI location(URI base, String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            URI next = base.resolve(location.strip());
            return isHttp(next) ? next : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isHttp(URI url) {
        return url.getScheme() != null && url.getHost() != null
                && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
    }

    /** scheme://host:port, the unit of politeness and of robots.txt. */
    static String hostKey(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
