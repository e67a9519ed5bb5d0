package org.dyad.code.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaningful lines of a PETRARCH dictionary file, as PETRARCH's own reader sees them: XML
 * comments ({@code <!-- … -->}, possibly over several lines), lines starting with {@code #}, text
 * after a blank followed by {@code #}, and blank lines are dropped. A {@code #} glued to other
 * characters stays ("[###]" is a code, not a comment).
 */
public final class DictionaryLines {

    /** One kept line, with its 1-based number in the file and its leading whitespace removed. */
    public record Line(int number, String text, boolean indented) {
    }

    private DictionaryLines() {
    }

    public static List<Line> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<Line> parse(List<String> raw) {
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).replace("\uFEFF", "");
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                line = line.substring(end + 3);
            }
            if (line.startsWith("<!") && !line.startsWith("<!--")) {
                continue;
            }
            int open = line.indexOf("<!--");
            if (open >= 0) {
                int close = line.indexOf("-->", open);
                if (close < 0) {
                    inComment = true;
                    line = line.substring(0, open);
                } else {
                    line = line.substring(0, open) + line.substring(close + 3);
                }
            }
            String text = stripComment(line);
            if (!text.isBlank()) {
                out.add(new Line(i + 1, text.strip(), Character.isWhitespace(text.charAt(0))));
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        if (line.stripLeading().startsWith("#")) {
            return "";
        }
        for (int k = 1; k < line.length(); k++) {
            if (line.charAt(k) == '#' && Character.isWhitespace(line.charAt(k - 1))) {
                return line.substring(0, k);
            }
        }
        return line;
    }
}
