package org.dyad.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text, finding the charset in this order: byte-order mark, valid UTF-8, the
 * charset the document declares (HTML meta, XML prolog, HTTP header), juniversalchardet's guess,
 * and finally windows-1252, which decodes any byte. Valid UTF-8 wins over a declaration because
 * pages that declare ISO-8859-1 but are really UTF-8 are far more common than the reverse.
 */
public final class TextDecoder {
    private static final Pattern HTML_META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_WINDOW = 4096;

    private TextDecoder() {
    }

    /** @param declared a charset name the container or document declares, or null */
    public static String decode(byte[] bytes, String declared) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        if (isValidUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Charset charset = supported(declared);
        if (charset == null || charset == StandardCharsets.UTF_8) {
            charset = guess(bytes);
        }
        return new String(bytes, charset);
    }

    /** The charset named by an HTML meta tag or an XML prolog near the start, or null. */
    public static String declaredCharset(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(start);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = HTML_META_CHARSET.matcher(start);
        return meta.find() ? meta.group(1) : null;
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        Charset guessed = supported(detector.getDetectedCharset());
        return guessed != null && guessed != StandardCharsets.UTF_8 ? guessed : Charset.forName("windows-1252");
    }

    private static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String normalised = name.trim().toLowerCase(Locale.ROOT);
        // Browsers treat a declared Latin-1 as windows-1252; so do we (curly quotes live in 0x80-0x9F).
        if (normalised.equals("iso-8859-1") || normalised.equals("latin1") || normalised.equals("us-ascii")) {
            normalised = "windows-1252";
        }
        try {
            return Charset.isSupported(normalised) ? Charset.forName(normalised) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
