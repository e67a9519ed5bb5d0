package org.dyad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.dyad.clean.SkipException;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ReadSink;

/**
 * Turns what a reader finds into outcome rows, running the executor's pipeline on each document. A
 * document that cannot be used becomes a skipped row with its reason; nothing a document does
 * fails the task (Spark would retry it, then end the job).
 */
final class OutcomeSink implements ReadSink {
    private final JobOptions options;
    private final UnaryOperator<String> origins;
    private final List<Row> rows = new ArrayList<>();

    /** @param origins rewrites the origin a reader gives, for readers that see only part of a file */
    OutcomeSink(JobOptions options, UnaryOperator<String> origins) {
        this.options = options;
        this.origins = origins;
    }

    OutcomeSink(JobOptions options) {
        this(options, UnaryOperator.identity());
    }

    List<Row> rows() {
        return rows;
    }

    @Override
    public void document(RawDocument raw) {
        RawDocument document = new RawDocument(origins.apply(raw.origin()), raw.format(), raw.content(), raw.id(),
                raw.url(), raw.title(), raw.published(), raw.publisher(), raw.language());
        rows.add(process(document));
    }

    @Override
    public void skipped(String origin, String reason) {
        rows.add(Outcome.skipped(origins.apply(origin), reason));
    }

    @Override
    public void failed(String input, String reason) {
        rows.add(Outcome.failed(origins.apply(input), reason));
    }

    private Row process(RawDocument raw) {
        // fetched per document, not per task, so a task of empty or junk files loads no models
        Pipeline pipeline = ExecutorPipeline.get(options);
        try {
            return Outcome.extracted(pipeline.process(raw));
        } catch (SkipException e) {
            return Outcome.skipped(raw.origin(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.skipped(raw.origin(), "internal error: " + e);
        }
    }
}
