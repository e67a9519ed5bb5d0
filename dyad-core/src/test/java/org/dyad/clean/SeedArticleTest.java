package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CleanArticle;
import org.dyad.model.RawDocument;
import org.dyad.read.ReadOptions;
import org.dyad.read.ReadSink;
import org.dyad.read.SourceReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed article read and cleaned end to end, checked against the analyst's expectations. */
class SeedArticleTest {
    private static final Path SHARED = Path.of(System.getProperty("dyad.shared", "../shared"));

    @Test
    void seedDocumentFieldsMatchTheAcceptanceFile() throws IOException, SkipException {
        Path expectedFile = SHARED.resolve("acceptance/seed-expected.json");
        Assumptions.assumeTrue(Files.isRegularFile(expectedFile), "shared data not present");
        JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile()).get("document");

        List<RawDocument> documents = new ArrayList<>();
        new SourceReader(ReadOptions.defaults()).read(List.of(SHARED.resolve(expected.get("file").asText()).toString()),
                new ReadSink() {
                    @Override
                    public void document(RawDocument document) {
                        documents.add(document);
                    }

                    @Override
                    public void skipped(String origin, String reason) {
                        throw new AssertionError("skipped " + origin + ": " + reason);
                    }

                    @Override
                    public void failed(String input, String reason) {
                        throw new AssertionError("failed " + input + ": " + reason);
                    }
                });
        assertThat(documents).hasSize(1);
        CleanArticle article = new DefaultArticleCleaner().clean(documents.get(0));

        assertThat(article.title()).isEqualTo(expected.get("title").asText());
        assertThat(article.published()).isEqualTo(expected.get("published").asText());
        assertThat(article.dateline().place()).isEqualTo(expected.get("dateline_place").asText());
        assertThat(article.publisher()).contains(expected.get("publisher").asText());
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).startsWith(expected.get("body_starts_with").asText())
                .endsWith(expected.get("body_ends_with").asText());
        expected.get("boilerplate_absent_from_body")
                .forEach(phrase -> assertThat(article.body()).doesNotContainIgnoringCase(phrase.asText()));
        assertThat(article.body()).doesNotContain("\n\n\n").doesNotContain("Institute for International");
        // Paragraphs survive as written: each body paragraph is one line of the seed, and every long
        // line of the seed (a real paragraph, not furniture) is in the body.
        List<String> seedLines = Files.readAllLines(SHARED.resolve(expected.get("file").asText()));
        List<String> paragraphs = List.of(article.body().split("\n\n"));
        assertThat(paragraphs).allSatisfy(paragraph -> assertThat(seedLines).contains(paragraph));
        assertThat(seedLines.stream().filter(line -> line.split(" ").length >= 20)).allSatisfy(line ->
                assertThat(paragraphs).contains(line));
    }
}
