package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dyad.store.bench.SyntheticEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an ingest, then re-run: nothing lost, nothing duplicated. */
class CrashRecoveryTest {
    static final long SEED = 7;
    static final int DOCS = 160;

    @TempDir
    Path tmp;

    @Test
    void killedIngestIsCompletedByRerunWithoutDuplicates() throws Exception {
        Path crashed = tmp.resolve("crashed");
        int before = killChildAfter(crashed, DOCS / 3);
        assertThat(before).isLessThan(DOCS);

        StoreStats recovered;
        Page<EventView> recoveredEvents;
        try (EventStore store = EventStore.open(crashed)) {
            long survived = store.stats().documents();
            assertThat(survived).isBetween((long) before, (long) before + 1);
            System.out.printf("kill -9 after %d reported documents: %d in DuckDB, %d re-indexed into Lucene on open%n",
                    before, survived, store.reconciledOnOpen());
            IngestSummary rerun = store.ingestAll(SyntheticEvents.documents(DOCS, SEED));
            assertThat(rerun.added() + rerun.unchanged()).isEqualTo(DOCS);
            assertThat(rerun.unchanged()).isGreaterThanOrEqualTo(before);
            recovered = store.stats();
            recoveredEvents = store.events(EventQuery.builder().size(500).sort("date").build());
            assertNoDuplicates(store);
        }
        try (EventStore clean = EventStore.open(tmp.resolve("clean"))) {
            clean.ingestAll(SyntheticEvents.documents(DOCS, SEED));
            assertThat(recovered).isEqualTo(clean.stats());
            assertThat(recoveredEvents).isEqualTo(clean.events(EventQuery.builder().size(500).sort("date").build()));
        }
        assertThat(recovered.documents()).isEqualTo(DOCS);
        assertThat(recovered.indexEntries()).isEqualTo(recovered.documents() + recovered.sentences());
    }

    /** Starts a JVM ingesting into {@code dir}, kills it (SIGKILL) once it reported {@code after} documents. */
    private static int killChildAfter(Path dir, int after) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), dir.toString(), Integer.toString(DOCS))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ingested ")) {
                    seen = Integer.parseInt(line.substring(9));
                    if (seen >= after) {
                        p.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed, not finished").isNotZero();
        return seen;
    }

    private static void assertNoDuplicates(EventStore store) {
        for (String table : new String[] {"documents", "mentions", "events", "actors"}) {
            String key = table.equals("actors") ? "code" : "id";
            long[] counts = store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*), count(DISTINCT " + key + ") FROM " + table)) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            });
            assertThat(counts[0]).as(table).isEqualTo(counts[1]);
        }
        long orphans = store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT id FROM events)")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(orphans).as("mentions without their event").isZero();
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheDatabaseOnOpen() throws Exception {
        Path dir = tmp.resolve("store");
        try (EventStore store = EventStore.open(dir)) {
            store.ingestAll(SyntheticEvents.documents(20, SEED));
        }
        try (Stream<Path> files = Files.walk(dir.resolve("lucene"))) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        try (EventStore store = EventStore.open(dir)) {
            assertThat(store.reconciledOnOpen()).isEqualTo(20);
            StoreStats s = store.stats();
            assertThat(s.indexEntries()).isEqualTo(s.documents() + s.sentences());
            assertThat(store.search("item 7", 1, 5).hits()).extracting(h -> h.docId()).isNotEmpty();
        }
        try (EventStore again = EventStore.open(dir)) {
            assertThat(again.reconciledOnOpen()).isZero();
        }
    }
}
