package org.dyad.eval;

import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.clean.SkipException;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.WorkerPool;

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
        List<Callable<Result>> tasks = requests.stream().<Callable<Result>>map(r -> () -> {
            Result res = code(r);
            progress.run();
            return res;
        }).toList();
        try (WorkerPool pool = new WorkerPool(threads, "dyad-eval")) {
            return pool.runAll(tasks);
        }
    }
}
