package org.dyad.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.model.DocumentJson;
import org.dyad.pipeline.ExtractRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.RunReport;
import org.dyad.read.ReadOptions;
import org.dyad.read.SourceReader;

/**
 * What {@code dyad extract} does, end to end: read, clean, annotate, code and write JSON through
 * {@link ExtractRun}, with the JSON thrown away instead of written, so disk speed stays out of it.
 */
public final class FullExtractBench {
    public static final String NAME = "dyad-full";

    private final HeapWatch heap;

    public FullExtractBench(HeapWatch heap) {
        this.heap = heap;
    }

    /**
     * @param pipeline a fresh pipeline per call, so every run starts with the same empty registry
     * @param warmup   files run first, not counted
     */
    public Measurement measure(Pipeline pipeline, List<String> files, int threads, int warmup) {
        run(pipeline, files.subList(0, Math.min(warmup, files.size())), threads);
        TimedRun<RunReport> timed = TimedRun.time(heap, () -> run(pipeline, files, threads));
        RunReport report = timed.result();
        // parses are not visible in a Document: the dyad row gives the parsed share of the same text
        Counts counts = new Counts(report.sentenceCount(), 0, report.eventCount());
        return timed.measurement(NAME, threads, report.extractedCount(),
                report.skippedCount() + report.failures().size(), counts, true);
    }

    private static RunReport run(Pipeline pipeline, List<String> files, int threads) {
        AtomicLong written = new AtomicLong();
        ExtractRun run = new ExtractRun(new SourceReader(ReadOptions.defaults()), pipeline, threads);
        // the length is kept in shared state so the serialisation cannot be optimised away
        return run.run(files, doc -> written.addAndGet(DocumentJson.write(doc).length()), () -> { });
    }
}
