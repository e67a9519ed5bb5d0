package org.dyad.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.dyad.model.RawDocument;

/** Plain text: a first line that looks like a headline becomes the title; the rest is paragraphs. */
final class PlainTextExtractor {
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADLINE_WORDS = 25;
    /** Headlines do not end like a sentence or a clause; "?" and "!" are allowed. */
    private static final Pattern NOT_A_HEADLINE_END = Pattern.compile("[.,;:]$");
    private static final Pattern HEADLINE_START = Pattern.compile("^[\\p{L}\\p{N}\"'“‘«]");

    private PlainTextExtractor() {
    }

    static ArticleParts extract(RawDocument raw, BoilerplateFilter boilerplate) {
        String text = raw.content().replace("\r\n", "\n").replace('\r', '\n');
        String firstLine = firstNonBlankLine(text);
        String rest = text.substring(text.indexOf(firstLine) + firstLine.length());
        String title = raw.title();
        boolean restHasText = !rest.isBlank();
        String first = Paragraphs.tidy(firstLine);
        if (restHasText && title != null && first.equalsIgnoreCase(Paragraphs.tidy(title))) {
            text = rest; // the container's title repeated as the first line
        } else if (restHasText && title == null && looksLikeHeadline(first)) {
            title = first;
            text = rest;
        }
        return new ArticleParts(title, raw.published(), raw.publisher(), raw.url(), raw.language(),
                Paragraphs.ofPlainText(text, boilerplate::isFurniture), List.of());
    }

    static boolean looksLikeHeadline(String line) {
        int words = BoilerplateFilter.wordCount(line);
        return line.length() <= MAX_HEADLINE_CHARS && words >= 2 && words <= MAX_HEADLINE_WORDS
                && HEADLINE_START.matcher(line).find() && !NOT_A_HEADLINE_END.matcher(line).find()
                && DatelineParser.parse(line, null).isEmpty();
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }
}
