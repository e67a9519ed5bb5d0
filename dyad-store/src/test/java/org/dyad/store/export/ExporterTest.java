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
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.store.bench.ArticleBuilder;
import org.dyad.store.bench.ArticleBuilder.Code;
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
    void gdeltActionGeoCountryIsFips() {
        String[] visit = new String(export(Format.GDELT), StandardCharsets.UTF_8).lines()
                .map(l -> l.split("\t", -1)).filter(r -> r[26].equals("042")).findFirst().orElseThrow();
        int geo = GdeltExport.COLUMNS.indexOf("ActionGeo_CountryCode");
        assertThat(visit[GdeltExport.COLUMNS.indexOf("ActionGeo_FullName")]).isEqualTo("Moscow");
        assertThat(visit[geo]).isEqualTo("RS");
        assertThat(visit[GdeltExport.COLUMNS.indexOf("ActionGeo_Type")]).as("a city").isEqualTo("4");
        assertThat(CountryNames.isCountry("United Kingdom", "GBR")).isTrue();
        assertThat(CountryNames.isCountry("iraq", "IRQ")).isTrue();
        assertThat(CountryNames.isCountry("London", "GBR")).isFalse();
        assertThat(CountryNames.isCountry("Iraq", "IRN")).isFalse();
        assertThat(visit[GdeltExport.COLUMNS.indexOf("Actor1CountryCode")]).isEqualTo("IRN");
    }

    @Test
    void csvTextThatASpreadsheetWouldRunGetsAnApostropheAndNumbersStay() throws Exception {
        store.ingest(formulaArticle());
        Path file = dir.resolve("events.csv");
        Files.write(file, export(Format.CSV));
        String sql = "SELECT source_name, target_name, goldstein, cameo FROM read_csv('"
                + file.toString().replace("'", "''") + "', header = true, all_varchar = true) WHERE cameo IN ('163', '111')"
                + " ORDER BY cameo";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("cameo")).isEqualTo("111");
            assertThat(rs.getString("source_name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(rs.getString("target_name")).isEqualTo("'-2+3 Ltd");
            assertThat(rs.getString("goldstein")).isEqualTo("-2.0");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("source_name")).isEqualTo("The United States");
            assertThat(rs.getString("goldstein")).isEqualTo("-8.0");
        }
    }

    @Test
    void parquetKeepsTextAsWritten() throws Exception {
        store.ingest(formulaArticle());
        Path file = dir.resolve("events.parquet");
        Files.write(file, export(Format.PARQUET));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_name, goldstein FROM read_parquet('"
                     + file.toString().replace("'", "''") + "') WHERE cameo = '111'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("=HYPERLINK");
            assertThat(rs.getDouble(2)).isEqualTo(-2.0);
        }
    }

    /** Actor words a spreadsheet would take for formulas, in a criticism (Goldstein -2). */
    private static Document formulaArticle() {
        ArticleBuilder b = new ArticleBuilder("@SUM(A1:A9)", "=cmd|' /C calc'!A0", "2021-11-02",
                "https://hostile.example/formula");
        b.sentence("=HYPERLINK(\"http://evil.example\",\"x\") criticized -2+3 Ltd.");
        Actor a = b.actor("=HYPERLINK(\"http://evil.example\",\"x\")", "TUR", "TUR", null, "ORGANIZATION");
        Actor t = b.actor("-2+3 Ltd", "QAT", "QAT", null, "ORGANIZATION");
        b.event("criticized", a, t, new Code("111", -2.0, 3, "DISAPPROVE", "criticize"), "2021-11-02", "day",
                "published", null, "asserted", null);
        return b.build();
    }

    @Test
    void unknownFormatIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.of("xml"))
                .hasMessageContaining("jsonl, csv, parquet, gdelt");
    }
}
