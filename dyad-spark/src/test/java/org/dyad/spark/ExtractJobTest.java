package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;
import org.dyad.pipeline.ExtractRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;
import org.dyad.pipeline.RunReport;
import org.dyad.read.ReadOptions;
import org.dyad.read.SourceReader;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.EventView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job in local mode, with CoreNLP, on two news texts, an empty file and binary junk. */
class ExtractJobTest {
    private static final String ARMS = "Russia signed an arms contract with Iran. The deal covers air defence "
            + "systems and fighter jets, officials in Moscow said. Analysts expect further talks next month.";
    private static final String SUMMIT = "The French president met the German chancellor in Berlin on Tuesday. "
            + "The two leaders discussed energy prices and the war in Ukraine. They agreed to meet again soon.";

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static JobReport report;
    private static Path output;
    private static Path events;

    @BeforeAll
    static void runJob() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in/news"));
        Files.writeString(input.resolve("arms.txt"), ARMS);
        Files.writeString(input.resolve("summit.txt"), SUMMIT);
        Files.writeString(input.resolve("empty.txt"), "");
        Files.write(input.resolve("junk.bin"), junk());
        Files.writeString(input.resolve(".hidden.txt"), SUMMIT); // skipped like dyad extract skips it
        output = dir.resolve("out");
        events = dir.resolve("events");
        JobOptions options = JobOptions.parse(new String[] {"--input", dir.resolve("in").toString(),
            "--output", output.toString(), "--events", events.toString(), "--master", "local[2]",
            "--date", "2021-10-26", "--partitions", "3"});
        spark = SparkSession.builder().config(ExtractJob.conf(options)).getOrCreate();
        report = ExtractJob.run(spark, options);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static byte[] junk() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 256);
        }
        return bytes;
    }

    @Test
    void reportCountsEveryDocumentOnceWithSkipReasons() throws IOException {
        assertThat(report.read()).isEqualTo(4).isEqualTo(report.extracted() + report.skipped());
        assertThat(report.extracted()).isEqualTo(2);
        assertThat(report.skippedByReason()).containsOnlyKeys("empty", "binary content")
                .containsEntry("empty", 1L).containsEntry("binary content", 1L);
        assertThat(report.skipExamples()).anyMatch(s -> s.contains("empty.txt") && s.endsWith(": empty"));
        assertThat(report.failed()).isEmpty();

        JsonNode written = DocumentJson.mapper().readTree(output.resolve(ExtractJob.REPORT_FILE).toFile());
        assertThat(written.get("read").asLong()).isEqualTo(4);
        assertThat(written.get("skipped_by_reason").get("binary content").asLong()).isEqualTo(1);
    }

    @Test
    void documentsAreJsonLinesWithBodyHashIds() throws IOException {
        Map<String, Document> byId = documents().stream().collect(Collectors.toMap(Document::id, Function.identity()));
        assertThat(byId).containsOnlyKeys(Pipeline.documentId(ARMS), Pipeline.documentId(SUMMIT));
        assertThat(byId.get(Pipeline.documentId(ARMS)).body()).isEqualTo(ARMS);
        assertThat(report.sentences()).isEqualTo(documents().stream().mapToLong(d -> d.sentences().size()).sum())
                .isEqualTo(6);
    }

    @Test
    void clearSentenceGivesItsEventInDocumentsAndParquet() throws IOException {
        Document arms = documents().stream().filter(d -> d.body().equals(ARMS)).findFirst().orElseThrow();
        assertThat(arms.events()).anySatisfy(e -> {
            assertThat(e.sentence()).isZero();
            assertThat(e.source().code()).startsWith("RUS");
            assertThat(e.target().code()).startsWith("IRN");
        });
        assertThat(report.events()).isEqualTo(documents().stream().mapToLong(d -> d.events().size()).sum());

        List<Row> rows = spark.read().parquet(events.toString())
                .where("source_code LIKE 'RUS%' AND target_code LIKE 'IRN%'").collectAsList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.<String>getAs("doc_id")).isEqualTo(arms.id());
            assertThat(r.<String>getAs("trigger")).isNotBlank();
            assertThat(r.<String>getAs("cameo")).isNotBlank();
        });
        assertThat(spark.read().parquet(events.toString()).count()).isEqualTo(report.events());
    }

    @Test
    void jsonlIsSplitByLineWithTheLineNumbersDyadExtractGives() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("lines.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"text\": \"" + ARMS + "\", \"published\": \"2021-10-26\"}",
                "", "{not json", "{\"title\": \"no text here\"}", ""));
        JobOptions options = JobOptions.parse(new String[] {"--jsonl", "--input", jsonl.toString(),
            "--output", dir.resolve("jsonl-out").toString()});
        // a tiny split size makes Spark cut the file between lines, so numbering spans partitions
        spark.conf().set("spark.sql.files.maxPartitionBytes", "64");
        JobReport lines;
        try {
            assertThat(spark.read().text(jsonl.toString()).javaRDD().getNumPartitions()).isGreaterThan(1);
            lines = ExtractJob.run(spark, options);
        } finally {
            spark.conf().unset("spark.sql.files.maxPartitionBytes");
        }
        assertThat(lines.read()).isEqualTo(3).isEqualTo(lines.extracted() + lines.skipped());
        assertThat(lines.skippedByReason()).containsOnly(Map.entry("invalid JSON", 1L), Map.entry("no \"text\" field", 1L));
        assertThat(lines.skipExamples()).anyMatch(s -> s.startsWith(jsonl + "#line3: invalid JSON"))
                .anyMatch(s -> s.startsWith(jsonl + "#line4: no \"text\" field"));
        List<Document> docs = documents(dir.resolve("jsonl-out"));
        assertThat(docs).hasSize(1);
        Document doc = docs.get(0);
        assertThat(doc.sourceId()).isEqualTo("a1");
        assertThat(doc.origin()).isEqualTo(jsonl + "#line1");
        assertThat(doc.id()).isEqualTo(Pipeline.documentId(ARMS));
    }

    /** Spark job on the cluster, then dyad ingest of its output: the store gets what ingesting the raw files gives. */
    @Test
    void ingestOfTheOutputStoresTheSameEventsAsIngestOfTheRawFiles() {
        SourceReader reader = new SourceReader(ReadOptions.defaults());
        List<EventView> fromOutput;
        List<EventView> fromRaw;
        try (EventStore store = EventStore.open(dir.resolve("store-from-output"))) {
            RunReport run = new ExtractRun(reader, () -> {
                throw new AssertionError("extracted documents must not go through the pipeline again");
            }, 2).run(List.of(output.toString()), d -> store.ingestAll(List.of(d)), () -> { });
            assertThat(run.failures()).isEmpty();
            assertThat(store.stats().documents()).isEqualTo(2);
            fromOutput = store.events(EventQuery.builder().size(500).sort("date").build()).items();
        }
        try (EventStore store = EventStore.open(dir.resolve("store-from-raw"))) {
            new ExtractRun(reader, new PipelineBuilder().defaultDate("2021-10-26").build(), 2)
                    .run(List.of(dir.resolve("in").toString()), d -> store.ingestAll(List.of(d)), () -> { });
            fromRaw = store.events(EventQuery.builder().size(500).sort("date").build()).items();
        }
        assertThat(fromOutput).isNotEmpty().isEqualTo(fromRaw);
    }

    @Test
    void refusesToOverwriteAnExistingOutput() {
        JobOptions again = JobOptions.parse(new String[] {"--input", dir.resolve("in").toString(),
            "--output", output.toString()});
        assertThatThrownBy(() -> ExtractJob.run(spark, again)).isInstanceOf(ExtractJob.OutputExistsException.class)
                .hasMessageContaining("exists");
    }

    private static List<Document> documents() throws IOException {
        return documents(output);
    }

    private static List<Document> documents(Path folder) throws IOException {
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(ExtractJobTest::lines).map(DocumentJson::read).toList();
        }
    }

    private static Stream<String> lines(Path part) {
        try {
            return Files.readAllLines(part, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
