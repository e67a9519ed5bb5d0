package org.dyad.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a {@link FormatReader} from an input's first bytes, and recognises binary junk before any
 * reader sees it. Readers are asked in order; the plain-text reader accepts anything left.
 */
public final class FormatSniffer {
    /** How many leading bytes the readers get to look at. */
    public static final int HEAD_BYTES = 16 * 1024;
    private static final double MAX_CONTROL_RATIO = 0.02;

    private final List<FormatReader> readers;

    public FormatSniffer(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The standard readers, most specific first. */
    public static FormatSniffer standard() {
        return new FormatSniffer(List.of(new WarcFormatReader(), new JsonlFormatReader(),
                new FeedFormatReader(), new HtmlFormatReader(), new PlainTextFormatReader()));
    }

    public FormatReader readerFor(byte[] head, String name) {
        for (FormatReader reader : readers) {
            if (reader.accepts(head, name)) {
                return reader;
            }
        }
        return new PlainTextFormatReader();
    }

    /** Why the input is not text at all, e.g. "binary content (PNG image)", or empty when it is text. */
    public static Optional<String> binaryReason(byte[] head) {
        String magic = knownBinaryFormat(head);
        if (magic != null) {
            return Optional.of("binary content (" + magic + ")");
        }
        if (TextDecoder.bomCharset(head) != null && TextDecoder.bomCharset(head) != StandardCharsets.UTF_8) {
            return Optional.empty(); // UTF-16 text legitimately holds NUL bytes
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return Optional.of("binary content (NUL bytes)");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        if (head.length > 0 && controls > MAX_CONTROL_RATIO * head.length) {
            return Optional.of("binary content (" + controls + " control bytes in the first " + head.length + ")");
        }
        return Optional.empty();
    }

    /** The head as lower-case text without BOM or leading whitespace, for markup sniffing. */
    static String leadingText(byte[] head) {
        Charset bom = TextDecoder.bomCharset(head);
        String text = bom == null ? new String(head, StandardCharsets.ISO_8859_1)
                : TextDecoder.decode(head, null);
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String knownBinaryFormat(byte[] h) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(h, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (startsWith(h, 0x1F, 0x8B)) {
            return "nested gzip";
        }
        return null;
    }

    static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
