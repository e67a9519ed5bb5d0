package org.dyad.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per host, parsed by crawler-commons and kept for the life of the process (a watcher
 * restarted by cron reads it again). A missing robots.txt (4xx) allows everything; a server error
 * or network failure disallows the host for now, as RFC 9309 asks. Crawl-delay raises the host's gate delay.
 */
final class RobotsCache {
    private final PoliteFetcher fetcher;
    private final HostGate gate;
    private final String agent;
    private final Map<String, Entry> rules = new ConcurrentHashMap<>();

    /** Rules and when to read robots.txt again: an hour when read, a minute after a failure. */
    private record Entry(BaseRobotRules rules, long expires) {
    }

    RobotsCache(PoliteFetcher fetcher, HostGate gate) {
        this.fetcher = fetcher;
        this.gate = gate;
        this.agent = FetchPolicy.AGENT_NAME.toLowerCase(Locale.ROOT);
    }

    boolean allows(URI url) {
        String host = PoliteFetcher.hostKey(url);
        Entry e = rules.compute(host, (h, old) -> old != null && old.expires - System.nanoTime() > 0 ? old : load(h));
        return e.rules.isAllowed(url.toString());
    }

    private Entry load(String host) {
        URI robots = URI.create(host + "/robots.txt");
        Fetched f = fetcher.fetchDirect(robots);
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        BaseRobotRules r;
        if (f.ok()) {
            r = parser.parseContent(robots.toString(), f.body(), f.contentType() == null ? "text/plain" : f.contentType(),
                    List.of(agent));
        } else if (f.httpStatus() >= 300 && f.httpStatus() < 500) {
            r = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } else {
            r = parser.failedFetch(f.httpStatus() == 0 ? 503 : f.httpStatus());
        }
        if (r.getCrawlDelay() > 0 && r.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
            long ms = Math.min(r.getCrawlDelay(), FetchPolicy.MAX_CRAWL_DELAY.toMillis());
            gate.delay(host, Duration.ofMillis(ms));
        }
        Duration keep = f.ok() || f.httpStatus() >= 300 && f.httpStatus() < 500 ? Duration.ofHours(1) : Duration.ofMinutes(1);
        return new Entry(r, System.nanoTime() + keep.toNanos());
    }
}
