package org.dyad.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Splits and tidies text into paragraphs, and joins them into a body. */
final class Paragraphs {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n");
    /** Whitespace, including no-break and zero-width spaces that pages sprinkle between words. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private Paragraphs() {
    }

    /**
     * Paragraphs of plain text: separated by blank lines; single line breaks inside join with a space.
     * Lines the filter rejects are dropped first, so a block of share buttons one per line goes whole.
     */
    static List<String> ofPlainText(String text, Predicate<String> dropLine) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(unified)) {
            StringBuilder kept = new StringBuilder();
            for (String line : block.split("\n")) {
                String tidyLine = tidy(line);
                if (!tidyLine.isEmpty() && !dropLine.test(tidyLine)) {
                    kept.append(tidyLine).append(' ');
                }
            }
            String tidy = tidy(kept.toString());
            if (!tidy.isEmpty()) {
                paragraphs.add(tidy);
            }
        }
        return paragraphs;
    }

    /** NFC, control characters gone, every run of whitespace one space, trimmed. */
    static String tidy(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(CONTROL.matcher(nfc).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The body: paragraphs separated by a blank line so the sentence splitter never joins them. */
    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
