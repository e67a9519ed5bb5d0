package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad actors lookup} and {@code dyad actors import} (no CoreNLP). */
class ActorsCommandTest {

    private static String stdoutOf(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lookupPrintsCodeRolePeriodAndSourceRow() {
        int[] exit = new int[1];
        String out = stdoutOf(() -> exit[0] = DyadCommand.execute("actors", "lookup", "Shoigu", "--date", "2021-10-26"));
        assertThat(exit[0]).isZero();
        assertThat(out).contains("code    RUSMILGOV").contains("2012-11-06..2024-05-11")
                .contains("source  actors-facts.tsv:");
        String later = stdoutOf(() -> DyadCommand.execute("actors", "lookup", "Sergey", "Shoygu", "--date", "2024-08-01"));
        assertThat(later).contains("code    RUSGOV");
    }

    @Test
    void anUnknownNameSaysSoAndExitsOne() {
        int[] exit = new int[1];
        String out = stdoutOf(() -> exit[0] = DyadCommand.execute("actors", "lookup", "Nobody Atall Qwxz"));
        assertThat(exit[0]).isEqualTo(1);
        assertThat(out).contains("not in the knowledge base");
    }

    @Test
    void importWritesAnOverlayThatLookupReads(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Files.writeString(json, """
                {"head": {"vars": ["person", "personLabel", "aliases", "position", "positionLabel", "iso", "start", "end"]},
                 "results": {"bindings": [
                  {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q900000009"},
                   "personLabel": {"type": "literal", "value": "Petra Probe"},
                   "position": {"type": "uri", "value": "http://www.wikidata.org/entity/Q900000109"},
                   "positionLabel": {"type": "literal", "value": "Minister of Foreign Affairs"},
                   "iso": {"type": "literal", "value": "AUT"},
                   "start": {"type": "literal", "value": "2024-01-01T00:00:00Z"}}]}}
                """);
        Path overlay = dir.resolve("overlay.tsv");
        assertThat(DyadCommand.execute("actors", "import", json.toString(), "--out", overlay.toString())).isZero();
        String out = stdoutOf(() -> DyadCommand.execute("actors", "lookup", "Petra Probe", "--date", "2025-02-01",
                "--actors", overlay.toString()));
        assertThat(out).contains("code    AUTGOV").contains("wikidata:Q900000009").contains("Minister of Foreign Affairs");
    }
}
