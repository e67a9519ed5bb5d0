package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.EventStore;
import org.dyad.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest} run for real (CoreNLP and all) on a copy of the bundled examples. */
class IngestCommandTest {
    /** Tests run in the module folder; the examples are beside it. */
    private static final Path EXAMPLES = Path.of("..", "examples", "articles");

    @TempDir
    Path tmp;

    @Test
    void ingestingTheSameFolderTwiceGivesTheSameCounts() throws IOException {
        Path articles = copyOfExamples();
        Path db = tmp.resolve("db");

        assertThat(DyadCommand.execute("ingest", articles.toString(), "--db", db.toString(), "--threads", "2")).isZero();
        StoreStats first = stats(db);
        assertThat(DyadCommand.execute("ingest", articles.toString(), "--db", db.toString(), "--threads", "2")).isZero();
        StoreStats second = stats(db);

        assertThat(first.documents()).isEqualTo(fileCount(articles));
        assertThat(first.events()).isPositive();
        assertThat(first.mentions()).isGreaterThanOrEqualTo(first.events());
        assertThat(second).as("the second run adds and changes nothing").isEqualTo(first);
    }

    @Test
    void extractedDocumentsIngestToTheSameStoreAsTheRawFiles() throws IOException {
        Path articles = copyOfExamples();
        Path out = Files.createDirectories(tmp.resolve("extracted"));
        assertThat(DyadCommand.execute("extract", articles.toString(), "--out", out.resolve("part-00000.txt").toString(),
                "--threads", "2")).isZero();
        Files.writeString(out.resolve("_report.json"), "{\"read\": 1}"); // as the Spark job leaves beside its parts
        Path fromRaw = tmp.resolve("raw-db");
        Path fromExtracted = tmp.resolve("extracted-db");

        assertThat(DyadCommand.execute("ingest", articles.toString(), "--db", fromRaw.toString(), "--threads", "2")).isZero();
        assertThat(DyadCommand.execute("ingest", out.toString(), "--db", fromExtracted.toString())).isZero();

        assertThat(stats(fromExtracted)).isEqualTo(stats(fromRaw));
        assertThat(stats(fromExtracted).events()).isPositive();
    }

    private Path copyOfExamples() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        try (var files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, articles.resolve(f.getFileName()));
            }
        }
        return articles;
    }

    private static long fileCount(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    private static StoreStats stats(Path db) {
        try (EventStore store = EventStore.open(db)) {
            return store.stats();
        }
    }
}
