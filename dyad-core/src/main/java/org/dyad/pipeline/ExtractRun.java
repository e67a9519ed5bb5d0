package org.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.clean.SkipException;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;
import org.dyad.read.ReadSink;
import org.dyad.read.SourceReader;

/**
 * Reads inputs and runs the pipeline on a pool of workers. Documents come out in input order (so
 * two runs write the same file), and at most a few per worker wait in memory at once.
 */
public final class ExtractRun {
    private final SourceReader reader;
    private final Pipeline pipeline;
    private final int threads;
    private PersonRegistry learning;

    public ExtractRun(SourceReader reader, Pipeline pipeline, int threads) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /**
     * Applies what each document teaches to {@code registry}, after the document and in input
     * order, on the calling thread. The pipeline's coder reads its own snapshot, so this run's
     * output does not depend on it: the next run does.
     */
    public ExtractRun learningInto(PersonRegistry registry) {
        this.learning = registry;
        return this;
    }

    /** One finished document, or the reason it was skipped. */
    private record Outcome(RawDocument raw, Pipeline.Processed processed, String skipReason) {
        Document document() {
            return processed == null ? null : processed.document();
        }
    }

    /**
     * @param out      receives each extracted document, on the calling thread, in input order
     * @param progress called once per document read and finished (for a progress bar)
     */
    public RunReport run(List<String> inputs, Consumer<Document> out, Runnable progress) {
        RunReport report = new RunReport();
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        int window = threads * 4;
        try (WorkerPool pool = new WorkerPool(threads, "dyad-worker")) {
            reader.read(inputs, new ReadSink() {
                @Override
                public void document(RawDocument document) {
                    report.read();
                    pending.add(pool.submit(() -> process(document)));
                    while (pending.size() > window) {
                        drain(pending.poll(), report, out, progress);
                    }
                }

                @Override
                public void skipped(String origin, String reason) {
                    report.read();
                    report.skipped(origin, reason);
                    progress.run();
                }

                @Override
                public void failed(String input, String reason) {
                    report.failed(input, reason);
                }
            });
            while (!pending.isEmpty()) {
                drain(pending.poll(), report, out, progress);
            }
        }
        return report;
    }

    private Outcome process(RawDocument raw) {
        try {
            return new Outcome(raw, pipeline.run(raw), null);
        } catch (SkipException e) {
            return new Outcome(raw, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one bad document must not end the run: report it as skipped, with the cause
            return new Outcome(raw, null, "internal error: " + e);
        }
    }

    private void drain(Future<Outcome> f, RunReport report, Consumer<Document> out, Runnable progress) {
        Outcome o = WorkerPool.await(f);
        if (o.document() != null) {
            report.extracted(o.document().sentences().size(), o.document().events().size());
            out.accept(o.document());
            if (learning != null) {
                learning.learn(o.document().origin(), o.document().published(), o.processed().learnt());
            }
        } else {
            report.skipped(o.raw().origin(), o.skipReason());
        }
        progress.run();
    }
}
