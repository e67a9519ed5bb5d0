package org.dyad.bench;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.dyad.model.CleanArticle;

/**
 * Runs a workload over the documents on N threads and times it with the wall clock. Workers take
 * the next document from a shared counter, so all start in input order and none idles while work
 * remains; a warm-up pass (same threads, not counted) lets the JIT compile the hot paths first.
 */
public final class ThroughputMeter {
    private final HeapWatch heap;

    public ThroughputMeter(HeapWatch heap) {
        this.heap = heap;
    }

    public Measurement measure(Workload workload, List<CleanArticle> documents, int threads, int warmup) {
        run(workload, documents.subList(0, Math.min(warmup, documents.size())), threads);
        heap.reset();
        long cpuStart = ProcessStats.cpuNanos();
        long start = System.nanoTime();
        Tally tally = run(workload, documents, threads);
        long nanos = System.nanoTime() - start;
        long cpu = ProcessStats.cpuNanos() - cpuStart;
        return new Measurement(workload.name(), threads, documents.size() - tally.failed.get(), tally.failed.get(),
                tally.counts(), workload.codesEvents(), nanos, cpu, heap.peakUsed(), heap.peakLive(),
                ProcessStats.rss().orElse(0));
    }

    /** Counts summed across workers; a document that throws is counted as failed, never fatal. */
    private static final class Tally {
        final AtomicLong sentences = new AtomicLong();
        final AtomicLong parsed = new AtomicLong();
        final AtomicLong events = new AtomicLong();
        final AtomicLong failed = new AtomicLong();

        void add(Counts c) {
            sentences.addAndGet(c.sentences());
            parsed.addAndGet(c.parsed());
            events.addAndGet(c.events());
        }

        Counts counts() {
            return new Counts(sentences.get(), parsed.get(), events.get());
        }
    }

    private static Tally run(Workload workload, List<CleanArticle> documents, int threads) {
        Tally tally = new Tally();
        AtomicInteger next = new AtomicInteger();
        IntFunction<Runnable> worker = id -> () -> {
            for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                try {
                    tally.add(workload.process(documents.get(i)));
                } catch (RuntimeException | StackOverflowError e) {
                    tally.failed.incrementAndGet();
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(worker.apply(t)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return tally;
    }
}
