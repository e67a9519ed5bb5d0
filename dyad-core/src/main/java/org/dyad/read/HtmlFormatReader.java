package org.dyad.read;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.model.RawDocument;

/** A saved web page: the whole input is one HTML document. */
public final class HtmlFormatReader implements FormatReader {
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|link|script|style|div|p|h[1-6]|article|table|center|font)[\\s>/]",
            Pattern.DOTALL);

    @Override
    public boolean accepts(byte[] head, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return HTML_START.matcher(FormatSniffer.leadingText(head)).find()
                || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    }

    @Override
    public void read(InputSource in, ReadSink sink) throws IOException {
        byte[] bytes = in.readAll();
        sink.document(RawDocument.html(in.name(), TextDecoder.decode(bytes, TextDecoder.declaredCharset(bytes))));
    }
}
