package org.dyad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;
import org.dyad.model.RawDocument;

/**
 * JSON Lines: one object per line with {@code text} (required) and optional {@code id}, {@code title},
 * {@code published}, {@code url}, {@code publisher}, {@code language}. A line may hold a single
 * sentence (evaluation sets come that way). Bad lines are skipped with their line number; blank
 * lines are not documents. Origin: {@code file#lineN}. A line that is already a Dyad document
 * ({@code body}, {@code sentences}, {@code events}: what {@code dyad extract} and the Spark job write)
 * goes to {@link ReadSink#extracted} as it is, to be stored without running the NLP again.
 */
public final class JsonlFormatReader implements FormatReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean accepts(byte[] head, String name) {
        return FormatSniffer.leadingText(head).startsWith("{");
    }

    @Override
    public void read(InputSource in, ReadSink sink) throws IOException {
        InputStream stream = new BufferedInputStream(in.stream());
        long limit = in.options().maxDocumentBytes();
        for (int number = 1; ; number++) {
            Line line = nextLine(stream, limit);
            if (line == null) {
                return;
            }
            String origin = in.name() + "#line" + number;
            if (line.size > limit) {
                sink.skipped(origin, DocumentTooLargeException.reason(line.size, limit));
            } else if (!line.text.isBlank()) {
                readLine(origin, line.text, sink);
            }
        }
    }

    private static void readLine(String origin, String line, ReadSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.skipped(origin, "invalid JSON: " + e.getOriginalMessage());
            return;
        }
        if (node == null || !node.isObject()) {
            sink.skipped(origin, "not a JSON object");
            return;
        }
        JsonNode text = node.get("text");
        if (text == null && isDyadDocument(node)) {
            readDocument(origin, line, sink);
            return;
        }
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            sink.skipped(origin, "no \"text\" field");
            return;
        }
        sink.document(new RawDocument(origin, RawDocument.Format.TEXT, text.asText(), field(node, "id"),
                field(node, "url"), field(node, "title"), field(node, "published"), field(node, "publisher"),
                field(node, "language")));
    }

    /** A line of Dyad's own output: body, sentences and events, and no input {@code text}. */
    static boolean isDyadDocument(JsonNode node) {
        return node.has("body") && node.get("sentences") instanceof ArrayNode && node.get("events") instanceof ArrayNode;
    }

    private static void readDocument(String origin, String line, ReadSink sink) {
        Document d;
        try {
            d = DocumentJson.read(line);
        } catch (IllegalArgumentException e) {
            sink.skipped(origin, e.getMessage());
            return;
        }
        if (d.body() == null || d.body().isBlank()) {
            sink.skipped(origin, "Dyad document without a body");
            return;
        }
        sink.extracted(origin, d);
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()
                ? null : value.asText().strip();
    }

    /** The next line, kept in memory only up to the limit; null at end of input. */
    private static Line nextLine(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long size = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (++size <= limit) {
                bytes.write(b);
            }
        }
        if (b == -1 && size == 0) {
            return null;
        }
        String text = size > limit ? "" : bytes.toString(StandardCharsets.UTF_8);
        return new Line(text, size);
    }

    private record Line(String text, long size) {
    }
}
