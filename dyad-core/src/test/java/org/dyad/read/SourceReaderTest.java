package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path temp;

    private static String resource(String name) {
        try {
            return Path.of(SourceReaderTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CollectingSink read(String... inputs) {
        CollectingSink sink = new CollectingSink();
        new SourceReader(ReadOptions.defaults()).read(List.of(inputs), sink);
        return sink;
    }

    @Test
    void htmlFileBecomesOneHtmlDocument() {
        CollectingSink sink = read(resource("article.html"));
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(d.content()).contains("Foreign ministers met in Geneva");
            assertThat(d.origin()).endsWith("article.html");
        });
    }

    @Test
    void formatIsSniffedFromContentNotName() {
        assertThat(read(resource("not-html-name.txt")).documents).singleElement()
                .extracting(RawDocument::format).isEqualTo(RawDocument.Format.HTML);
        assertThat(read(resource("feed-rss2.xml")).documents).hasSize(2);
        assertThat(read(resource("gzip-without-suffix")).documents).singleElement()
                .satisfies(d -> assertThat(d.content()).contains("Compressed HTML"));
    }

    @Test
    void rssItemsCarryLinkDateAndEmbeddedFullText() {
        CollectingSink sink = read(resource("feed-rss2.xml"));
        assertThat(sink.documents).hasSize(2);
        RawDocument first = sink.documents.get(0);
        assertThat(first.origin()).endsWith("feed-rss2.xml#item1");
        assertThat(first.url()).isEqualTo("https://news.example.org/vienna");
        assertThat(first.published()).isEqualTo("2021-10-26T10:15:00Z");
        assertThat(first.title()).isEqualTo("Talks resume in Vienna");
        assertThat(first.content()).contains("full text is embedded").doesNotContain("Short teaser");
        assertThat(first.language()).isEqualTo("en");
        RawDocument second = sink.documents.get(1);
        assertThat(second.content()).isEqualTo("The ceasefire held overnight, officials said.");
        assertThat(second.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(second.published()).as("the same instant, at the offset the feed wrote").isEqualTo("2021-10-27T08:00:00+02:00");
        assertThat(sink.skipped).containsValue("feed item without text").hasSize(1);
    }

    @Test
    void atomEntryUsesContentOverSummary() {
        CollectingSink sink = read(resource("feed.atom"));
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo("https://atom.example.org/summit");
            assertThat(d.published()).as("the same instant, at the offset the feed wrote").isEqualTo("2021-10-25T18:30:00+03:00");
            assertThat(d.content()).contains("joint statement").doesNotContain("Summary text");
        });
    }

    @Test
    void feedThatIsNotAFeedIsSkippedWithReason() {
        CollectingSink sink = read(resource("fake-feed.rss"), resource("broken-feed.xml"));
        assertThat(sink.documents).isEmpty();
        assertThat(sink.skipped.values()).hasSize(2)
                .anySatisfy(r -> assertThat(r).startsWith("not a feed"))
                .anySatisfy(r -> assertThat(r).startsWith("not a readable feed"));
    }

    @Test
    void jsonlLinesBecomeDocumentsAndBadLinesAreSkippedWithLineNumbers() {
        CollectingSink sink = read(resource("articles.jsonl"));
        assertThat(sink.documents).extracting(RawDocument::content).containsExactly(
                "Iran signed an arms contract with Russia.", "Russia condemned the sanctions.",
                "Police arrested protesters in Minsk.");
        RawDocument first = sink.documents.get(0);
        assertThat(first.id()).isEqualTo("a1");
        assertThat(first.published()).isEqualTo("2021-10-26");
        assertThat(first.url()).isEqualTo("https://e.org/1");
        assertThat(first.publisher()).isEqualTo("Wire");
        assertThat(first.title()).isEqualTo("Arms deal");
        assertThat(sink.documents.get(2).id()).isEqualTo("7");
        assertThat(sink.documents.get(2).origin()).endsWith("articles.jsonl#line8");
        assertThat(sink.skipped).hasSize(4);
        assertThat(sink.skipped.keySet()).allSatisfy(origin -> assertThat(origin).matches(".*#line[4-7]"));
        assertThat(sink.skipped.values()).contains("no \"text\" field", "not a JSON object")
                .anySatisfy(r -> assertThat(r).startsWith("invalid JSON"));
    }

    @Test
    void nonUtf8TextIsDecodedByDetectionOrDeclaration() {
        assertThat(read(resource("latin1.txt")).documents).singleElement()
                .satisfies(d -> assertThat(d.content()).contains("Café owners", "Montréal", "naïve", "García")
                        .doesNotContain("\uFFFD"));
        assertThat(read(resource("cp1251.html")).documents).singleElement()
                .satisfies(d -> assertThat(d.content()).contains("Москва и Тегеран"));
    }

    @Test
    void emptyAndBinaryInputsAreSkippedWithReasons() {
        CollectingSink sink = read(resource("empty.txt"), resource("junk.bin"));
        assertThat(sink.documents).isEmpty();
        assertThat(sink.skipped.values()).containsExactly("empty", "binary content (NUL bytes)");
    }

    @Test
    void truncatedGzipKeepsTheLinesReadAndReportsTheInputAsFailed() {
        CollectingSink sink = read(resource("truncated.jsonl.gz"));
        assertThat(sink.documents).isNotEmpty().hasSizeLessThan(300);
        assertThat(sink.documents.get(0).content()).startsWith("Line 1 reports");
        assertThat(sink.failed).hasSize(1);
        assertThat(sink.failed.values().iterator().next()).containsIgnoringCase("unexpected end");
    }

    @Test
    void wholeGzipFileIsDecompressed() {
        assertThat(read(resource("whole.txt.gz")).documents).singleElement()
                .satisfies(d -> assertThat(d.content()).startsWith("Headline about gzip"));
    }

    @Test
    void brokenHtmlIsStillADocument() {
        assertThat(read(resource("broken.html")).documents).singleElement()
                .satisfies(d -> assertThat(d.content()).contains("Troops crossed the border"));
    }

    @Test
    void stdinIsReadForDash() {
        CollectingSink sink = new CollectingSink();
        byte[] text = "Headline\n\nBody from stdin.".getBytes(StandardCharsets.UTF_8);
        new SourceReader(ReadOptions.defaults(), new ByteArrayInputStream(text)).read(List.of("-"), sink);
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("stdin");
            assertThat(d.content()).isEqualTo("Headline\n\nBody from stdin.");
        });
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderWithoutHiddenFiles() throws IOException {
        Files.createDirectories(temp.resolve("b/inner"));
        Files.createDirectories(temp.resolve(".git"));
        Files.writeString(temp.resolve("b/inner/z.txt"), "third");
        Files.writeString(temp.resolve("b/a.txt"), "second");
        Files.writeString(temp.resolve("a.txt"), "first");
        Files.writeString(temp.resolve(".hidden.txt"), "hidden");
        Files.writeString(temp.resolve(".git/config"), "hidden");
        CollectingSink sink = read(temp.toString());
        assertThat(sink.documents).extracting(RawDocument::content).containsExactly("first", "second", "third");
    }

    @Test
    void missingInputFailsAndTheRunGoesOn() {
        CollectingSink sink = read(temp.resolve("nope.txt").toString(), resource("article.html"));
        assertThat(sink.failed).containsValue("no such file");
        assertThat(sink.documents).hasSize(1);
    }

    @Test
    void fiftyMegabytePageIsSkippedWithoutBeingLoaded() throws IOException, InterruptedException {
        Path huge = temp.resolve("huge.html");
        byte[] paragraph = "<p>All work and no play makes a very large page indeed.</p>\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) {
                out.write(paragraph);
            }
        }
        // a child JVM with a 128 MB heap cannot hold the 50 MB page as bytes and as text (buffer growth included):
        // it finishes only if the reader streams past it
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                HugePageProbe.class.getName(), huge.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("skipped too large (50 MB > 20 MB limit)").doesNotContain("OutOfMemoryError");
    }

    @Test
    void warcResponsesWithHtmlBecomeDocumentsAndOthersAreSkipped() throws IOException {
        Path warc = temp.resolve("crawl.warc.gz");
        try (OutputStream out = Files.newOutputStream(warc)) {
            writeGzipMember(out, warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n"));
            writeGzipMember(out, warcResponse("https://news.example.org/a", "text/html; charset=utf-8",
                    "<html><body><p>Page A about talks.</p></body></html>"));
            writeGzipMember(out, warcResponse("https://news.example.org/logo.png", "image/png", "PNGDATA"));
            writeGzipMember(out, warcResponse("https://news.example.org/b", "text/html",
                    "<html><body><p>Page B about sanctions.</p></body></html>"));
        }
        CollectingSink sink = read(warc.toString());
        assertThat(sink.documents).extracting(RawDocument::url)
                .containsExactly("https://news.example.org/a", "https://news.example.org/b");
        RawDocument first = sink.documents.get(0);
        assertThat(first.published()).isEqualTo("2021-10-26T10:00:00Z");
        assertThat(first.origin()).matches(".*crawl\\.warc\\.gz@\\d+");
        assertThat(first.content()).contains("Page A about talks");
        assertThat(sink.skipped.values()).containsExactly("not HTML (image/png)");
        assertThat(sink.failed).isEmpty();
    }

    @Test
    void truncatedWarcKeepsEarlierRecordsAndFailsTheInput() throws IOException {
        byte[] first = warcResponse("https://news.example.org/a", "text/html", "<html><body><p>Kept page.</p></body></html>");
        byte[] second = warcResponse("https://news.example.org/b", "text/html", "<html><body><p>Lost page with a long body.</p></body></html>");
        Path warc = temp.resolve("cut.warc");
        byte[] all = new byte[first.length + second.length - 30];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length - 30);
        Files.write(warc, all);
        CollectingSink sink = read(warc.toString());
        assertThat(sink.documents).singleElement().extracting(RawDocument::url).isEqualTo("https://news.example.org/a");
        assertThat(sink.failed.values()).singleElement().satisfies(r -> assertThat(r).contains("after 2 records"));
    }

    @Test
    void warcRecordOverTheLimitIsSkipped() throws IOException {
        Path warc = temp.resolve("big.warc");
        Files.write(warc, warcResponse("https://news.example.org/big", "text/html", "<p>" + "x".repeat(5000) + "</p>"));
        CollectingSink sink = new CollectingSink();
        new SourceReader(new ReadOptions(1024)).read(List.of(warc.toString()), sink);
        assertThat(sink.documents).isEmpty();
        assertThat(sink.skipped.values()).singleElement().satisfies(r -> assertThat(r).startsWith("too large"));
    }

    private static byte[] warcResponse(String uri, String contentType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n\r\n" + body;
        return warcRecord("response", uri, "application/http; msgtype=response", http);
    }

    private static byte[] warcRecord(String type, String uri, String contentType, String block) {
        byte[] content = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2021-10-26T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(content) + ">\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + content.length + "\r\n\r\n";
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] record = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, record, 0, head.length);
        System.arraycopy(content, 0, record, head.length, content.length);
        System.arraycopy(tail, 0, record, head.length + content.length, tail.length);
        return record;
    }

    private static void writeGzipMember(OutputStream out, byte[] record) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        gzip.write(record);
        gzip.finish();
    }
}
