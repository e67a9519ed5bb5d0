package org.dyad.watch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most {@code perHost} requests in flight to one host, and their starts at
 * least the host's delay apart. Hosts never wait for each other.
 */
final class HostGate {
    private final int perHost;
    private final Duration defaultDelay;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    HostGate(int perHost, Duration defaultDelay) {
        this.perHost = perHost;
        this.defaultDelay = defaultDelay;
    }

    /** Raises a host's delay (robots.txt Crawl-delay); never lowers it below the policy's. */
    void delay(String host, Duration delay) {
        Slot s = slot(host);
        synchronized (s) {
            s.delayNanos = Math.max(defaultDelay.toNanos(), delay.toNanos());
        }
    }

    /** Blocks until this host may be asked again; pair with {@link #release}. */
    void acquire(String host) throws InterruptedException {
        Slot s = slot(host);
        s.permits.acquire();
        try {
            synchronized (s) {
                long now = System.nanoTime();
                long wait = s.nextStart - now;
                while (wait > 0) {
                    s.wait(wait / 1_000_000, (int) (wait % 1_000_000));
                    wait = s.nextStart - System.nanoTime();
                }
                s.nextStart = System.nanoTime() + s.delayNanos;
            }
        } catch (InterruptedException e) {
            s.permits.release();
            throw e;
        }
    }

    void release(String host) {
        slot(host).permits.release();
    }

    private Slot slot(String host) {
        return slots.computeIfAbsent(host, h -> new Slot(perHost, defaultDelay.toNanos()));
    }

    private static final class Slot {
        final Semaphore permits;
        long delayNanos;
        long nextStart = System.nanoTime();

        Slot(int permits, long delayNanos) {
            this.permits = new Semaphore(permits, true);
            this.delayNanos = delayNanos;
        }
    }
}
