package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.clean.SkipException;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;

/**
 * Runs gold sentences through the pipeline, each as its own one-sentence document, on a few
 * threads. A sentence the pipeline skips or fails on gets no events and a reason; the run goes on.
 */
public final class SentenceCoding {

    /** A sentence to code: its gold id (for the document origin) and publication date, or null. */
    public record Request(String id, String text, String published) {
    }

    /** The events coded for one request; {@code problem} is the skip or failure reason, or null. */
    public record Result(List<Event> events, String problem) {
        public Result {
            events = List.copyOf(events);
        }
    }

    private final Pipeline pipeline;

    public SentenceCoding(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Result code(Request r) {
        try {
            RawDocument raw = RawDocument.text("eval:" + r.id(), r.text()).withPublished(r.published());
            return new Result(pipeline.process(raw).events(), null);
        } catch (SkipException e) {
            return new Result(List.of(), "skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Result(List.of(), "failed: " + e);
        }
    }

    /** Results in request order. {@code progress} runs once per finished request. */
    public List<Result> codeAll(List<Request> requests, int threads, Runnable progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "dyad-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Request r : requests) {
                futures.add(pool.submit(() -> {
                    Result res = code(r);
                    progress.run();
                    return res;
                }));
            }
            List<Result> out = new ArrayList<>();
            for (Future<Result> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
