package org.dyad.watch;

import java.time.Duration;

/**
 * How politely and how far the watcher fetches.
 *
 * @param userAgent     sent with every request and matched against robots.txt groups by its first word
 * @param timeout       for connecting and for the whole response, headers and body
 * @param maxBytes      a response larger than this (after gzip) is refused
 * @param maxRedirects  redirects followed per fetch; a loop or a longer chain is a failure
 * @param hostDelay     pause between the start of two requests to the same host (robots Crawl-delay may raise it)
 * @param perHost       requests in flight to one host at once
 * @param maxAttempts   tries per URL on 429, 5xx and timeouts
 * @param backoff       first retry wait; doubles per attempt
 * @param maxRetryWait  a Retry-After or back-off longer than this ends the tries for this round
 */
public record FetchPolicy(String userAgent, Duration timeout, long maxBytes, int maxRedirects, Duration hostDelay,
        int perHost, int maxAttempts, Duration backoff, Duration maxRetryWait) {

    public static final String AGENT_NAME = "DyadWatch";
    /** Crawl-delay values above this are read as this: a site cannot stall a round for hours. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    public FetchPolicy {
        if (maxBytes < 1 || maxRedirects < 0 || perHost < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    /** Defaults for real sites: 1 s between requests to a host, one at a time, 30 s timeout, 5 MB cap. */
    public static FetchPolicy defaults(String contact) {
        return new FetchPolicy(userAgent(contact), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, Duration.ofSeconds(1),
                1, 3, Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    /** {@code DyadWatch/0.1 (+contact)}: robots.txt groups for "DyadWatch" apply to us. */
    public static String userAgent(String contact) {
        String about = contact == null || contact.isBlank() ? "https://github.com/dyad-events/dyad" : contact.strip();
        return AGENT_NAME + "/0.1 (+" + about + ")";
    }

    public FetchPolicy withTimeout(Duration d) {
        return new FetchPolicy(userAgent, d, maxBytes, maxRedirects, hostDelay, perHost, maxAttempts, backoff, maxRetryWait);
    }

    public FetchPolicy withMaxBytes(long n) {
        return new FetchPolicy(userAgent, timeout, n, maxRedirects, hostDelay, perHost, maxAttempts, backoff, maxRetryWait);
    }

    public FetchPolicy withHostDelay(Duration d) {
        return new FetchPolicy(userAgent, timeout, maxBytes, maxRedirects, d, perHost, maxAttempts, backoff, maxRetryWait);
    }

    public FetchPolicy withPerHost(int n) {
        return new FetchPolicy(userAgent, timeout, maxBytes, maxRedirects, hostDelay, n, maxAttempts, backoff, maxRetryWait);
    }

    public FetchPolicy withRetries(int attempts, Duration first, Duration max) {
        return new FetchPolicy(userAgent, timeout, maxBytes, maxRedirects, hostDelay, perHost, attempts, first, max);
    }
}
