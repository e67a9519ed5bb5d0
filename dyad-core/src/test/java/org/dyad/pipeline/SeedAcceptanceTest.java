package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The seed article through the whole pipeline, scored by the project's acceptance script. */
class SeedAcceptanceTest {
    private static final Path SHARED = Path.of(System.getProperty("dyad.shared", "../shared"));

    @Test
    void seedArticlePassesEveryAcceptanceCheck() throws Exception {
        Path seed = SHARED.resolve("seed/russia-iran-2021-10-26.txt");
        Path check = SHARED.resolve("acceptance/check-seed");
        assumeTrue(Files.isRegularFile(seed) && Files.isRegularFile(check), "../shared is not present");
        Document doc = SharedPipeline.get().process(RawDocument.text(seed.toString(), Files.readString(seed)));
        Path out = Path.of("target/seed.jsonl");
        Files.writeString(out, DocumentJson.write(doc) + "\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", check.toString(), out.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertThat(report).as(report).endsWith("0 failed\n");
        assertThat(exit).as(report).isZero();
    }

    @Test
    void documentIdIsAStableHashOfTheNormalisedBody() {
        assertThat(Pipeline.documentId("Iran  signed.\n")).isEqualTo(Pipeline.documentId("iran signed."));
        assertThat(Pipeline.documentId("Iran signed.")).isNotEqualTo(Pipeline.documentId("Iraq signed."));
    }
}
