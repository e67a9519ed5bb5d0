package org.dyad.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.model.DocumentJson;

/**
 * {@code dyad watch}'s loop: a round every {@code every} (measured start to start; a round that runs
 * longer is followed at once by the next), the sources file read again before each round so it can
 * be edited while watching. Each round's summary goes to the report consumer and, as one JSON line,
 * to {@code DIR/watch/rounds.jsonl}.
 */
public final class Watcher {
    private final Path sourcesFile;
    private final WatchRound round;
    private final Path roundsLog;
    private final Consumer<String> report;

    public Watcher(Path sourcesFile, WatchRound round, Path storeDir, Consumer<String> report) {
        this.sourcesFile = sourcesFile;
        this.round = round;
        this.roundsLog = storeDir.resolve("watch").resolve("rounds.jsonl");
        this.report = report;
    }

    /** One round over the sources file as it is now. */
    public RoundSummary once() throws IOException {
        List<URI> sources = SourceList.read(sourcesFile);
        RoundSummary s = round.run(sources);
        log(s);
        report.accept(s.text());
        return s;
    }

    /** Rounds until the thread is interrupted; a round that fails is reported and the loop goes on. */
    public void every(Duration every) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            long start = System.nanoTime();
            try {
                once();
            } catch (IOException | RuntimeException e) {
                report.accept("round failed: " + e.getMessage() + "\n");
            }
            long left = every.toNanos() - (System.nanoTime() - start);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
        }
    }

    private void log(RoundSummary s) {
        try {
            Files.createDirectories(roundsLog.getParent());
            Files.writeString(roundsLog, DocumentJson.mapper().writeValueAsString(s) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + roundsLog, e);
        }
    }

    /** Reads "15m", "90s", "1h" or ISO-8601 ("PT15M"). */
    public static Duration interval(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.matches("\\d+[smh]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                Duration d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
                if (!d.isZero()) {
                    return d;
                }
            } else {
                Duration d = Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("--every must be like 15m, 90s or 1h, not '" + text + "'");
    }
}
