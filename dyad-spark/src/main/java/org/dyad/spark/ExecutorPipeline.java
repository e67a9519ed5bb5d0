package org.dyad.spark;

import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;

/**
 * The one pipeline of an executor JVM. Built on the first task that needs it, because CoreNLP's
 * models take ~2 GB and half a minute to load; later tasks (and concurrent ones: the pipeline is
 * thread-safe) reuse it. A Spark closure cannot carry it, it is not serializable.
 */
final class ExecutorPipeline {
    private static Pipeline pipeline;

    private ExecutorPipeline() {
    }

    /** The options of the first caller win; every task of a job passes the same ones. */
    static synchronized Pipeline get(JobOptions options) {
        if (pipeline == null) {
            pipeline = new PipelineBuilder().anyLanguage(options.anyLanguage()).defaultDate(options.date()).build();
        }
        return pipeline;
    }
}
