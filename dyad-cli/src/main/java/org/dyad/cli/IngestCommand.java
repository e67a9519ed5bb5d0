package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.Document;
import org.dyad.pipeline.ExtractRun;
import org.dyad.pipeline.RunReport;
import org.dyad.read.ReadOptions;
import org.dyad.read.SourceReader;
import org.dyad.store.EventStore;
import org.dyad.store.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad ingest}: the pipeline into the store. Ids are content hashes, so re-runs add nothing. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract INPUTs and store documents, entities and events (idempotent).")
final class IngestCommand implements Callable<Integer> {
    private static final int BATCH = 64;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.open()) {
            return ingest(s, pipeline);
        }
    }

    static int ingest(EventStore s, PipelineOptions pipeline) throws Exception {
        var built = pipeline.builder().build();
        ExtractRun run = new ExtractRun(new SourceReader(ReadOptions.defaults()), built, pipeline.threads())
                .learningInto(pipeline.registry());
        List<Document> batch = new ArrayList<>();
        IngestSummary[] total = {new IngestSummary(0, 0, 0)};
        RunReport report;
        try (Progress progress = Progress.open(pipeline.progress(), "ingest")) {
            report = run.run(pipeline.inputs(), doc -> {
                batch.add(pipeline.finish(doc));
                if (batch.size() >= BATCH) {
                    total[0] = add(total[0], s.ingestAll(batch));
                    batch.clear();
                }
            }, progress::step);
        }
        total[0] = add(total[0], s.ingestAll(batch));
        pipeline.saveRegistry();
        System.err.print(report.summary());
        System.err.printf("stored in %s: %d new documents, %d unchanged, %d not stored%n", s.directory(),
                total[0].added(), total[0].unchanged(), total[0].skipped());
        return report.failures().isEmpty() ? 0 : 1;
    }

    private static IngestSummary add(IngestSummary a, IngestSummary b) {
        return new IngestSummary(a.added() + b.added(), a.unchanged() + b.unchanged(), a.skipped() + b.skipped());
    }
}
