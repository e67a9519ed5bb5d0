package org.dyad.code.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.code.petrarch.DictionaryLines.Line;

/**
 * Reads a PETRARCH {@code .agents.txt} dictionary:
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN     substitution set
 * SOLDIER [~MIL]                 phrase and sector code; the plural SOLDIERS is made
 * POLICE {} [~COP]               {} = no plural; {GEESE} = this plural
 * CONGRESS!PERSON! [~LEG]        one phrase per member of the set
 * HUMAN_RIGHTS_BODY [NGO~]       code that goes before the actor's
 * </pre>
 * Regular plurals follow PETRARCH: Y → IES, S → SES, else + S.
 */
public final class AgentFile {
    private final List<AgentRecord> records = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, List<String>> markers = new HashMap<>();
    private final String origin;

    private AgentFile(String origin) {
        this.origin = origin;
    }

    public static AgentFile read(Path file) {
        return parse(DictionaryLines.read(file), file.getFileName().toString());
    }

    public static AgentFile parse(List<Line> lines, String origin) {
        AgentFile f = new AgentFile(origin);
        lines.forEach(f::accept);
        return f;
    }

    public List<AgentRecord> records() {
        return List.copyOf(records);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void accept(Line l) {
        String t = l.text();
        if (t.startsWith("!") && t.contains("=")) {
            defineMarker(t);
            return;
        }
        int open = t.indexOf('[');
        int close = t.indexOf(']', Math.max(open, 0));
        if (open < 0 || close < 0) {
            warnings.add(origin + ":" + l.number() + ": agent without [code]; skipped");
            return;
        }
        String code = t.substring(open + 1, close).strip();
        boolean prefix = code.endsWith("~");
        code = code.replace("~", "").strip();
        if (code.isEmpty()) {
            warnings.add(origin + ":" + l.number() + ": empty agent code; skipped");
            return;
        }
        String phrase = t.substring(0, open).strip();
        String plural = null;
        int brace = phrase.indexOf('{');
        if (brace >= 0) {
            int end = phrase.indexOf('}', brace);
            plural = (end < 0 ? phrase.substring(brace + 1) : phrase.substring(brace + 1, end)).strip();
            phrase = phrase.substring(0, brace).strip();
        } else {
            plural = plural(phrase);
        }
        for (String form : plural.isEmpty() ? List.of(phrase) : List.of(phrase, plural)) {
            for (String expanded : substitute(form, l)) {
                records.add(new AgentRecord(ActorRecord.words(expanded), code, prefix, l.number()));
            }
        }
    }

    private void defineMarker(String t) {
        int second = t.indexOf('!', 1);
        if (second < 0) {
            return;
        }
        List<String> members = new ArrayList<>();
        for (String m : t.substring(t.indexOf('=') + 1).split(",")) {
            if (!m.isBlank()) {
                members.add(m.strip());
            }
        }
        markers.put(t.substring(1, second), members);
    }

    private List<String> substitute(String phrase, Line l) {
        int a = phrase.indexOf('!');
        if (a < 0) {
            return List.of(phrase);
        }
        int b = phrase.indexOf('!', a + 1);
        List<String> members = b < 0 ? null : markers.get(phrase.substring(a + 1, b));
        if (members == null) {
            warnings.add(origin + ":" + l.number() + ": undefined substitution marker in " + phrase + "; skipped");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String m : members) {
            out.addAll(substitute(phrase.substring(0, a) + m + phrase.substring(b + 1), l));
        }
        return out;
    }

    static String plural(String phrase) {
        if (phrase.contains("!")) {
            return "";
        }
        if (phrase.endsWith("Y")) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        return phrase.endsWith("S") ? phrase + "ES" : phrase + "S";
    }
}
