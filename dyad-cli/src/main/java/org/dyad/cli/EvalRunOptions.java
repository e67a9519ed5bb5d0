package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.eval.SentenceCoding;
import org.dyad.model.Event;
import org.dyad.pipeline.PipelineBuilder;
import picocli.CommandLine.Option;

/** Options and steps shared by the gold-set evaluations: code every sentence, then list the misses. */
final class EvalRunOptions {
    @Option(names = "--misses", paramLabel = "FILE", description = "write items not fully right here (JSONL)")
    Path misses;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: cores)")
    Integer threads;

    @Option(names = "--progress", negatable = true, description = "progress bar on stderr (default: when a terminal)")
    Boolean progress;

    /** What the pipeline made of each request, in order, and how long it took. */
    record Coded(List<SentenceCoding.Result> results, double seconds) {
    }

    Coded code(List<SentenceCoding.Request> requests, String task) {
        var coding = new SentenceCoding(new PipelineBuilder().anyLanguage(true).build());
        long t0 = System.nanoTime();
        try (Progress bar = Progress.open(progress != null ? progress : System.console() != null, task)) {
            var results = coding.codeAll(requests,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, bar::step);
            return new Coded(results, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Writes the misses when {@code --misses} was given, and says so. */
    void reportMisses(List<Map<String, Object>> missed, String what) throws IOException {
        if (misses == null) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(misses, StandardCharsets.UTF_8)) {
            for (Map<String, Object> row : missed) {
                w.write(json.writeValueAsString(row));
                w.newLine();
            }
        }
        System.out.printf("%d %s not fully right written to %s%n", missed.size(), what, misses);
    }

    /** The fields of an event an error analysis looks at. */
    static Map<String, Object> brief(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trigger", e.trigger() == null ? null : e.trigger().text());
        m.put("cameo", e.cameo());
        m.put("plover", e.plover() == null ? null : e.plover().event());
        m.put("source", e.source() == null ? null : e.source().text() + " = " + e.source().code());
        m.put("target", e.target() == null ? null : e.target().text() + " = " + e.target().code());
        m.put("certainty", e.certainty());
        m.put("rule", e.rule());
        return m;
    }
}
