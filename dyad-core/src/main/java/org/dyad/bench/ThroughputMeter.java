package org.dyad.bench;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.model.CleanArticle;
import org.dyad.pipeline.WorkerPool;

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
        TimedRun<Tally> timed = TimedRun.time(heap, () -> run(workload, documents, threads));
        Tally tally = timed.result();
        return timed.measurement(workload.name(), threads, documents.size() - tally.failed.get(),
                tally.failed.get(), tally.counts(), workload.codesEvents());
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
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                try {
                    tally.add(workload.process(documents.get(i)));
                } catch (RuntimeException | StackOverflowError e) {
                    tally.failed.incrementAndGet();
                }
            }
            return null;
        };
        try (WorkerPool pool = new WorkerPool(threads, "dyad-bench")) {
            pool.runAll(Collections.nCopies(threads, worker));
        }
        return tally;
    }
}
