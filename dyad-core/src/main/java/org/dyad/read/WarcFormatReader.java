package org.dyad.read;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC and ARC (jwarc, plain or gzip per record or per file). Each HTTP response record whose
 * payload is HTML (and each resource record holding HTML, as Webrecorder writes them) becomes a
 * document with url = WARC-Target-URI, published = WARC-Date and origin {@code file@offset}. Other
 * response records (images, CSS, redirects, errors, DNS) are counted as skipped with the reason;
 * request, metadata, warcinfo, revisit and non-HTML resource records hold no page and are ignored,
 * except that a WARC yielding nothing at all is reported once as skipped so the user sees why.
 * A record that breaks the container ends the input as failed; earlier records stay read.
 */
public final class WarcFormatReader implements FormatReader {

    @Override
    public boolean accepts(byte[] head, String name) {
        return FormatSniffer.startsWith(head, 'W', 'A', 'R', 'C', '/')
                || FormatSniffer.startsWith(head, 'f', 'i', 'l', 'e', 'd', 'e', 's', 'c', ':', '/', '/');
    }

    @Override
    public boolean acceptsBinaryPayloads() {
        return true;
    }

    @Override
    public void read(InputSource in, ReadSink sink) throws IOException {
        int records = 0;
        CountingSink counting = new CountingSink(sink);
        try (WarcReader reader = new WarcReader(in.stream())) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    break;
                }
                records++;
                if (record.get() instanceof WarcResponse response) {
                    readResponse(in, response, counting);
                } else if (record.get() instanceof WarcResource resource && isHtml(resource.contentType())) {
                    readHtml(in, resource, resource.body(), resource.contentType(), counting);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("corrupt or truncated WARC after " + records + " records: " + describe(e), e);
        }
        if (counting.outcomes == 0) {
            sink.skipped(in.name(), "no HTML pages in WARC (" + records + " records, none an HTTP response)");
        }
    }

    private static void readResponse(InputSource in, WarcResponse response, ReadSink sink) throws IOException {
        String origin = in.name() + "@" + response.position();
        MediaType warcType = response.contentType();
        if (!warcType.base().equals(MediaType.HTTP_RESPONSE.base()) && !"http".equals(warcType.subtype())) {
            sink.skipped(origin, "not an HTTP response (" + warcType.base() + ")");
            return;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            sink.skipped(origin, "unreadable HTTP response: " + describe(e));
            return;
        }
        if (http.status() < 200 || http.status() > 299) {
            sink.skipped(origin, "HTTP status " + http.status());
            return;
        }
        MediaType type = http.contentType();
        if (!isHtml(type)) {
            sink.skipped(origin, "not HTML (" + type.base() + ")");
            return;
        }
        readHtml(in, response, http.bodyDecoded(), type, sink);
    }

    private static void readHtml(InputSource in, WarcTargetRecord record, MessageBody body, MediaType type,
                                 ReadSink sink) throws IOException {
        String origin = in.name() + "@" + record.position();
        byte[] bytes;
        try {
            bytes = BoundedBytes.read(body.stream(), in.options().maxDocumentBytes());
        } catch (DocumentTooLargeException e) {
            sink.skipped(origin, e.getMessage());
            return;
        }
        String declared = type.parameters().getOrDefault("charset", TextDecoder.declaredCharset(bytes));
        sink.document(RawDocument.html(origin, TextDecoder.decode(bytes, declared))
                .withUrl(record.target())
                .withPublished(record.date().toString()));
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Passes calls on, counting them, so an input that yielded nothing can say so. */
    private static final class CountingSink implements ReadSink {
        private final ReadSink next;
        private int outcomes;

        CountingSink(ReadSink next) {
            this.next = next;
        }

        @Override
        public void document(RawDocument document) {
            outcomes++;
            next.document(document);
        }

        @Override
        public void skipped(String origin, String reason) {
            outcomes++;
            next.skipped(origin, reason);
        }

        @Override
        public void failed(String input, String reason) {
            next.failed(input, reason);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
