package org.dyad.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.Document;
import org.dyad.store.Articles;
import org.dyad.store.EventStore;
import org.dyad.model.DocumentJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    @TempDir
    Path dir;
    EventStore store;
    List<Document> docs;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("store"));
        docs = List.of(Articles.tehranDaily(), Articles.moscowInstitute(), Articles.agency(), Articles.sanctions(),
                Articles.laterAgreement());
        store.ingestAll(docs);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private byte[] export(Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store, f, out);
        return out.toByteArray();
    }

    @Test
    void jsonlGivesBackTheDocumentsAsIngested() {
        List<Document> back = new String(export(Format.JSONL), StandardCharsets.UTF_8).lines().map(DocumentJson::read).toList();
        assertThat(back).containsExactlyElementsOf(docs);
    }

    @Test
    void csvHasOneRowPerGroupedEvent() {
        List<String> lines = new String(export(Format.CSV), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("id,date,date_precision,source_code");
        assertThat(lines).hasSize(1 + 6);
        assertThat(lines).anyMatch(l -> l.contains(",057,05,") && l.contains(",3,3,3,"));
    }

    @Test
    void parquetIsReadableByDuckDb() throws Exception {
        Path file = dir.resolve("events.parquet");
        Files.write(file, export(Format.PARQUET));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(num_mentions) FROM read_parquet('"
                     + file.toString().replace("'", "''") + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(6);
            assertThat(rs.getLong(2)).isEqualTo(3 + 1 + 1 + 1 + 1 + 1);
        }
    }

    @Test
    void gdeltRowsHaveTheSixtyOneColumnsInOrder() {
        List<String[]> rows = new String(export(Format.GDELT), StandardCharsets.UTF_8).lines()
                .map(l -> l.split("\t", -1)).toList();
        assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r).hasSize(61));
        String[] contract = rows.stream().filter(r -> r[26].equals("057")).findFirst().orElseThrow();
        assertThat(Arrays.asList(contract[1], contract[2], contract[3])).containsExactly("20211018", "202110", "2021");
        assertThat(contract[5]).isEqualTo("RUSMIL");
        assertThat(contract[7]).isEqualTo("RUS");
        assertThat(contract[15]).isEqualTo("IRN");
        assertThat(Arrays.asList(contract[27], contract[28], contract[29], contract[30]))
                .containsExactly("057", "05", "1", "8.0");
        assertThat(Arrays.asList(contract[31], contract[32], contract[33])).containsExactly("3", "3", "3");
        assertThat(contract[34]).isEmpty();
        assertThat(contract[60]).isEqualTo("https://northern-wire.example/a/88231");
        assertThat(contract[59]).matches("\\d{14}");
        assertThat(GdeltExport.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID").endsWith("DATEADDED", "SOURCEURL");
    }

    @Test
    void unknownFormatIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.of("xml"))
                .hasMessageContaining("jsonl, csv, parquet, gdelt");
    }
}
