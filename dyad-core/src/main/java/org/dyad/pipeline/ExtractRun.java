package org.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dyad.clean.SkipException;
import org.dyad.code.DyadEventCoder;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;
import org.dyad.read.ReadSink;
import org.dyad.read.SourceReader;

/**
 * Reads inputs and runs the pipeline on a pool of workers; documents already extracted (Dyad's own
 * JSON Lines) pass through unchanged. Documents come out in input order (so
 * two runs write the same file), and at most a few per worker wait in memory at once.
 */
public final class ExtractRun {
    private final SourceReader reader;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private PersonRegistry learning;
    private Pipeline built;

    public ExtractRun(SourceReader reader, Pipeline pipeline, int threads) {
        this(reader, () -> pipeline, threads);
    }

    /**
     * @param pipeline built on the first document that needs it, so a run over already extracted
     *                 documents never loads CoreNLP
     */
    public ExtractRun(SourceReader reader, Supplier<Pipeline> pipeline, int threads) {
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

    private Pipeline pipeline() {
        if (built == null) {
            built = pipeline.get();
        }
        return built;
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
                    Pipeline p = pipeline();
                    pending.add(pool.submit(() -> process(p, document)));
                    while (pending.size() > window) {
                        drain(pending.poll(), report, out, progress);
                    }
                }

                @Override
                public void extracted(String origin, Document document) {
                    report.read();
                    pending.add(CompletableFuture.completedFuture(
                            new Outcome(null, new Pipeline.Processed(document, List.of()), null)));
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

    private static Outcome process(Pipeline pipeline, RawDocument raw) {
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
            Document doc = o.document();
            report.extracted(doc.sentences().size(), doc.events().size());
            List<String> coderWarnings = doc.warnings().stream()
                    .filter(w -> w.startsWith(DyadEventCoder.WARNING)).toList();
            if (!coderWarnings.isEmpty()) {
                report.partlyCoded(doc.origin(), coderWarnings);
            }
            out.accept(doc);
            if (learning != null) {
                learning.learn(doc.origin(), doc.published(), o.processed().learnt());
            }
        } else {
            report.skipped(o.raw().origin(), o.skipReason());
        }
        progress.run();
    }
}
