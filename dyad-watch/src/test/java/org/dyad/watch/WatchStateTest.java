package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch state survives restarts, and a line torn by a kill -9 neither breaks it nor swallows the next record. */
class WatchStateTest {
    @TempDir
    Path dir;

    @Test
    void recordsAreThereAfterReopening() {
        try (WatchState s = WatchState.open(dir)) {
            s.markSeen("https://example.org/a", "hash-a");
            s.saveValidators("https://example.org/feed", new Validators("\"v1\"", null));
        }
        try (WatchState s = WatchState.open(dir)) {
            assertThat(s.seen("https://example.org/a")).isTrue();
            assertThat(s.bodySeen("hash-a")).isTrue();
            assertThat(s.seen("https://example.org/b")).isFalse();
            assertThat(s.validators("https://example.org/feed")).isEqualTo(new Validators("\"v1\"", null));
        }
    }

    @Test
    void tornLastLineIsCutSoTheNextRecordStaysReadable() throws IOException {
        Path file;
        try (WatchState s = WatchState.open(dir)) {
            s.markSeen("https://example.org/a", null);
            file = s.file();
        }
        Files.writeString(file, "{\"seen\":\"https://exa", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (WatchState s = WatchState.open(dir)) {
            s.markSeen("https://example.org/b", null);
        }
        try (WatchState s = WatchState.open(dir)) {
            assertThat(s.seen("https://example.org/a")).isTrue();
            assertThat(s.seen("https://example.org/b")).isTrue();
            assertThat(s.size()).isEqualTo(2);
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
    }
}
