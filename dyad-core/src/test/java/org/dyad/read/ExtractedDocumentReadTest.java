package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;
import org.dyad.model.DocumentJsonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dyad's own document lines (dyad extract, Spark part files) come out as extracted documents; job metadata is not read. */
class ExtractedDocumentReadTest {
    @TempDir
    Path dir;

    /** Collects extracted documents as well as the other outcomes. */
    private static final class Sink extends CollectingSinkBase {
        final List<Document> extracted = new ArrayList<>();

        @Override
        public void extracted(String origin, Document document) {
            extracted.add(document);
        }
    }

    private static class CollectingSinkBase implements ReadSink {
        final List<String> documents = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void document(org.dyad.model.RawDocument document) {
            documents.add(document.content());
        }

        @Override
        public void skipped(String origin, String reason) {
            skipped.add(origin + ": " + reason);
        }

        @Override
        public void failed(String input, String reason) {
            skipped.add(input + " failed: " + reason);
        }
    }

    @Test
    void sparkOutputFolderGivesItsDocumentsAndSkipsTheJobsMetadata() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Document d = DocumentJsonTest.sampleDocument();
        Files.writeString(out.resolve("part-00000-1234-c000.txt"), DocumentJson.write(d) + "\n"
                + "{\"text\": \"A raw line still goes through the pipeline.\"}\n");
        Files.writeString(out.resolve("_report.json"), "{\"read\": 2, \"extracted\": 2}");
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.writeString(out.resolve(".part-00000-1234-c000.txt.crc"), "junk");
        Sink sink = new Sink();
        new SourceReader(ReadOptions.defaults()).read(List.of(out.toString()), sink);

        assertThat(sink.extracted).containsExactly(d);
        assertThat(sink.documents).containsExactly("A raw line still goes through the pipeline.");
        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void sinksThatOnlyTakeRawTextSkipExtractedDocumentsWithAReason() throws IOException {
        Path file = dir.resolve("docs.jsonl");
        Files.writeString(file, DocumentJson.write(DocumentJsonTest.sampleDocument()) + "\n");
        CollectingSink sink = new CollectingSink();
        new SourceReader(ReadOptions.defaults()).read(List.of(file.toString()), sink);

        assertThat(sink.skipped).containsExactly(java.util.Map.entry(file + "#line1", "already an extracted Dyad document"));
    }
}
