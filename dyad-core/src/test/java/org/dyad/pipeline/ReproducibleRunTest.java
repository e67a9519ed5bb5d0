package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dyad.model.DocumentJson;
import org.dyad.read.ReadOptions;
import org.dyad.read.SourceReader;
import org.junit.jupiter.api.Test;

/**
 * Same input, same output: 200 BBC articles (100 politics, 100 business) extracted with one
 * thread, with two, and with two in reverse input order give byte-identical documents, and none is
 * lost or partly coded to an internal error. Before the person registry was read as a snapshot and
 * SUTime was kept per thread, 16 of these documents changed with the input order.
 */
class ReproducibleRunTest {
    private static final Path BBC = Path.of(System.getProperty("dyad.shared", "../shared"), "data",
            "bbc-news-fulltext", "bbc");

    @Test
    void threadsAndInputOrderDoNotChangeAnyDocument() throws IOException {
        assumeTrue(Files.isDirectory(BBC), "shared/data/bbc-news-fulltext is not here: reproducibility not checked");
        List<String> inputs = new ArrayList<>(first(BBC.resolve("politics"), 100));
        inputs.addAll(first(BBC.resolve("business"), 100));
        Pipeline pipeline = new PipelineBuilder().defaultDate("2005-01-01").build();

        Map<String, String> one = run(pipeline, inputs, 1);
        Map<String, String> two = run(pipeline, inputs, 2);
        List<String> reversed = new ArrayList<>(inputs);
        Collections.reverse(reversed);
        Map<String, String> back = run(pipeline, reversed, 2);

        assertThat(one).hasSize(200);
        assertThat(differences(one, two)).as("1 thread vs 2 threads").isEmpty();
        assertThat(differences(one, back)).as("input order vs reverse order").isEmpty();
        assertThat(one.values()).noneMatch(json -> json.contains("\"coder: "));
    }

    /** The documents that differ, each with the first characters where they part. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> out = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String a = actual.getOrDefault(e.getKey(), "");
            if (!a.equals(e.getValue())) {
                int i = 0;
                while (i < a.length() && i < e.getValue().length() && a.charAt(i) == e.getValue().charAt(i)) {
                    i++;
                }
                int from = Math.max(0, i - 80);
                out.add(e.getKey() + ": expected …" + e.getValue().substring(from, Math.min(e.getValue().length(), i + 80))
                        + "… but got …" + a.substring(Math.min(from, a.length()), Math.min(a.length(), i + 80)) + "…");
            }
        }
        return out;
    }

    private static Map<String, String> run(Pipeline pipeline, List<String> inputs, int threads) {
        Map<String, String> byOrigin = new TreeMap<>();
        RunReport report = new ExtractRun(new SourceReader(ReadOptions.defaults()), pipeline, threads)
                .run(inputs, d -> byOrigin.put(d.origin(), DocumentJson.write(d)), () -> { });
        assertThat(report.skippedByReason()).doesNotContainKey("internal error");
        assertThat(report.partlyCodedCount()).as("%s", report.coderWarnings()).isZero();
        return byOrigin;
    }

    private static List<String> first(Path dir, int n) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).sorted().limit(n).toList();
        }
    }
}
