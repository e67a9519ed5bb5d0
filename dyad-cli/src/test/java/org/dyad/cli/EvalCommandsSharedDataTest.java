package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both eval commands end to end on a few gold sentences from ../shared (skipped when absent).
 * Runs CoreNLP, so it is kept to a handful of sentences.
 */
class EvalCommandsSharedDataTest {
    @TempDir
    Path tmp;

    private static Path shared(String relative) {
        String root = System.getProperty("dyad.shared");
        Assumptions.assumeTrue(root != null, "dyad.shared not set");
        Path p = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data absent: " + p);
        return p;
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(DyadCommand.execute(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evalPloverScoresTenRecordsAndWritesTheMisses() throws IOException {
        Path records = shared("data/plover-gsr/PLOVER_GSR_CAMEO.json");
        Path misses = tmp.resolve("misses.jsonl");
        String out = run("eval", "plover", "--records", records.toString(), "--limit", "10", "--threads", "1",
                "--misses", misses.toString(), "--no-progress");
        assertThat(out).contains("PLOVER gold: 10 records").contains("AGREE → AGREE").containsPattern("TOTAL +10 ");
        List<String> lines = Files.readAllLines(misses);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"PLOVER-GSR01-"));
        // The first ten records are plain "X agreed to/with Y" sentences (7/10 typed right when
        // written): fewer than four means the pipeline, not a lexicon detail, is broken.
        assertThat(out).containsPattern("TOTAL +10 +([4-9]\\d|100)\\.\\d%");
    }

    @Test
    void evalMulticopedScoresTenSentences() {
        Path data = shared("data/multicoped-train");
        String out = run("eval", "multicoped", "--data", data.toString(), "--limit", "10", "--threads", "1",
                "--no-progress");
        assertThat(out).contains("Multi-CoPED train: 10 sentences").containsPattern("TOTAL +10 ");
        assertThat(out).contains("4 material conflict");
    }
}
