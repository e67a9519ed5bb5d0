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
