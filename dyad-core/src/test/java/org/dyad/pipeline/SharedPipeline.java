package org.dyad.pipeline;

import org.dyad.clean.SkipException;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;

/** One pipeline per test JVM: CoreNLP takes seconds and a gigabyte to load. */
public final class SharedPipeline {
    private static Pipeline pipeline;

    private SharedPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = new PipelineBuilder().build();
        }
        return pipeline;
    }

    /** Runs plain text dated {@code date} through the whole pipeline. */
    public static Document text(String text, String date) {
        RawDocument raw = RawDocument.text("test", text).withPublished(date);
        try {
            return get().process(raw);
        } catch (SkipException e) {
            throw new AssertionError("skipped: " + e.getMessage(), e);
        }
    }
}
