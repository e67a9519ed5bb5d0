package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.DocumentJson;
import org.dyad.pipeline.ExtractRun;
import org.dyad.pipeline.RunReport;
import org.dyad.read.ReadOptions;
import org.dyad.read.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad extract}: documents in, one JSON document per line out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read, clean, annotate and code INPUTs (files, folders, .gz, '-' for stdin); write JSON Lines.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Override
    public Integer call() throws IOException {
        var built = pipeline.builder().build();
        ExtractRun run = new ExtractRun(new SourceReader(ReadOptions.defaults()), built, pipeline.threads())
                .learningInto(pipeline.registry());
        OutputStream os = out == null ? System.out : Files.newOutputStream(out);
        RunReport report;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                Progress progress = Progress.open(pipeline.progress(), "extract")) {
            report = run.run(pipeline.inputs(), doc -> {
                try {
                    w.write(DocumentJson.write(pipeline.finish(doc)));
                    w.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, progress::step);
        }
        pipeline.saveRegistry();
        System.err.print(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }

}
