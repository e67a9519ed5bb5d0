package org.dyad.code.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.code.petrarch.DictionaryLines.Line;

/**
 * Reads a PETRARCH {@code .actors.txt} dictionary:
 * <pre>
 * GONDOR [GON]            head name and code
 * +MINAS_TIRITH           synonym (same codes)
 * GOLLUM                  head name whose codes follow on their own lines
 *     [HOB &lt;950601]       code before a date
 *     [HOBGOV 19950601-19990815]
 * </pre>
 * Entries without any code are skipped with a warning, as are unreadable code brackets.
 */
public final class ActorFile {
    private final List<ActorRecord> records = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private List<List<String>> names = new ArrayList<>();
    private List<DatedCode> codes = new ArrayList<>();
    private int headLine;
    private final String origin;

    private ActorFile(String origin) {
        this.origin = origin;
    }

    public static ActorFile read(Path file) {
        return parse(DictionaryLines.read(file), file.getFileName().toString());
    }

    public static ActorFile parse(List<Line> lines, String origin) {
        ActorFile f = new ActorFile(origin);
        for (Line l : lines) {
            f.accept(l);
        }
        f.flush();
        return f;
    }

    public List<ActorRecord> records() {
        return List.copyOf(records);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void accept(Line l) {
        String t = l.text();
        if (t.startsWith("[")) {
            code(l, t);
            return;
        }
        boolean synonym = t.startsWith("+");
        if (!synonym) {
            flush();
            headLine = l.number();
        } else {
            t = t.substring(1);
        }
        int bracket = t.indexOf('[');
        String name = bracket < 0 ? t : t.substring(0, bracket);
        List<String> words = ActorRecord.words(name);
        if (!words.isEmpty()) {
            names.add(words);
        }
        if (bracket >= 0) {
            code(l, t.substring(bracket));
        }
    }

    private void code(Line l, String bracketed) {
        int close = bracketed.indexOf(']');
        if (close < 0) {
            warnings.add(origin + ":" + l.number() + ": missing ']' in " + bracketed);
            return;
        }
        try {
            codes.add(DatedCode.parse(bracketed.substring(1, close)));
        } catch (IllegalArgumentException e) {
            warnings.add(origin + ":" + l.number() + ": " + e.getMessage());
        }
    }

    private void flush() {
        if (!names.isEmpty()) {
            if (codes.isEmpty()) {
                warnings.add(origin + ":" + headLine + ": actor " + String.join(" ", names.get(0)) + " has no code; skipped");
            } else {
                records.add(new ActorRecord(names, codes, headLine));
            }
        }
        names = new ArrayList<>();
        codes = new ArrayList<>();
    }
}
