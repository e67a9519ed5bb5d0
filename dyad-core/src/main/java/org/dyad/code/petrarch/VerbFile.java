package org.dyad.code.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.code.petrarch.DictionaryLines.Line;

/**
 * Reads a PETRARCH {@code .verbs.txt} dictionary:
 * <pre>
 * &amp;TIETYPES              synset, members on + lines
 * +MILITARY
 * --- ABANDON [345] ---   block header with the block's code
 * ABANDON                 verb (regular forms implied)
 * BAN {BANS BANNED}       verb with its irregular forms
 * +BREAK_DOWN {…}         multi-word verb: + marks the verb, the rest is its particle
 * DOWNPLAY [014]          verb with its own code
 * - * &amp;TIETYPES TIES [902]   pattern (see {@link VerbPattern})
 * ~ …                     transformation (ignored)
 * </pre>
 * Synsets may be used anywhere in a pattern, also glued to words ({@code NEW_&amp;TIETYPES_RELATIONS})
 * or inside other synsets. What cannot be mapped is counted by reason, not dropped silently.
 */
public final class VerbFile {
    private static final Pattern SYNSET = Pattern.compile("&[A-Z0-9]+");
    private static final int MAX_EXPANSIONS = 400;

    /** A verb of a block: its dictionary word, listed forms, particle, and own code if any. */
    record VerbEntry(String word, List<String> forms, String particle, String code, int line) {
    }

    /** A block: header code, verbs, and pattern lines (raw until synsets are known). */
    static final class Block {
        final String code;
        final int line;
        final List<VerbEntry> verbs = new ArrayList<>();
        final List<Line> patternLines = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        Block(String code, int line) {
            this.code = code;
            this.line = line;
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, List<String>> synsets = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> unmapped = new TreeMap<>();
    private final String origin;
    private int patternCount;

    private VerbFile(String origin) {
        this.origin = origin;
    }

    public static VerbFile read(Path file) {
        return parse(DictionaryLines.read(file), file.getFileName().toString());
    }

    public static VerbFile parse(List<Line> lines, String origin) {
        VerbFile f = new VerbFile(origin);
        String synset = null;
        Block block = null;
        for (Line l : lines) {
            String t = l.text();
            if (t.startsWith("---")) {
                synset = null;
                block = new Block(firstCode(t, "---"), l.number());
                f.blocks.add(block);
            } else if (t.startsWith("&")) {
                synset = t.endsWith("_") ? t.substring(0, t.length() - 1).strip() : t.strip();
                f.synsets.put(synset, new ArrayList<>());
            } else if (t.startsWith("+") && synset != null) {
                String member = t.substring(1).strip();
                f.synsets.get(synset).add(member.endsWith("_") ? member.substring(0, member.length() - 1) : member);
            } else if (t.startsWith("~")) {
                f.unmapped.merge("transformation", 1, Integer::sum);
            } else if (block == null) {
                f.warnings.add(origin + ":" + l.number() + ": line outside any verb block; skipped");
            } else if (t.startsWith("-")) {
                synset = null;
                block.patternLines.add(l);
            } else {
                synset = null;
                f.verb(block, l);
            }
        }
        f.blocks.forEach(f::expandPatterns);
        return f;
    }

    List<Block> blocks() {
        return blocks;
    }

    public String origin() {
        return origin;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Pattern lines read (before synset expansion). */
    public int patternCount() {
        return patternCount;
    }

    /** Patterns Dyad cannot express, counted by reason (after synset expansion). */
    public Map<String, Integer> unmapped() {
        return Map.copyOf(unmapped);
    }

    public int verbCount() {
        return blocks.stream().mapToInt(b -> b.verbs.size()).sum();
    }

    private void verb(Block block, Line l) {
        String t = l.text();
        String code = null;
        int bracket = t.indexOf('[');
        if (bracket >= 0) {
            code = firstCode(t.substring(bracket), null);
            t = t.substring(0, bracket);
        }
        List<String> forms = new ArrayList<>();
        int brace = t.indexOf('{');
        if (brace >= 0) {
            int end = t.indexOf('}', brace);
            for (String f : (end < 0 ? t.substring(brace + 1) : t.substring(brace + 1, end)).strip().split("\\s+")) {
                if (!f.isEmpty()) {
                    forms.add(verbWord(f));
                }
            }
            t = t.substring(0, brace);
        }
        String phrase = t.strip();
        if (phrase.isEmpty()) {
            warnings.add(origin + ":" + l.number() + ": verb line without a verb; skipped");
            return;
        }
        block.verbs.add(new VerbEntry(verbWord(phrase), forms, particle(phrase), code, l.number()));
    }

    /** The word of a multi-word verb marked with + ("WIRE_+TAP" → TAP), else the first word. */
    static String verbWord(String phrase) {
        List<String> parts = VerbPattern.words(phrase.replace("+", " +"));
        for (String p : parts) {
            if (p.startsWith("+") && p.length() > 1) {
                return p.substring(1);
            }
        }
        return parts.isEmpty() ? phrase : parts.get(0).replace("+", "");
    }

    /** The word after the verb in a multi-word verb ("+BREAK_DOWN" → down, "LASH OUT" → out). */
    static String particle(String phrase) {
        List<String> parts = VerbPattern.words(phrase.replace("+", " +"));
        String verb = verbWord(phrase);
        for (int i = 0; i + 1 < parts.size(); i++) {
            if (parts.get(i).replace("+", "").equals(verb)) {
                return parts.get(i + 1).replace("+", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String firstCode(String text, String fallback) {
        int open = text.indexOf('[');
        int close = text.indexOf(']', Math.max(open, 0));
        if (open < 0 || close < 0) {
            return fallback;
        }
        String code = text.substring(open + 1, close).strip();
        return code.isEmpty() ? fallback : code;
    }

    private void expandPatterns(Block block) {
        for (Line l : block.patternLines) {
            patternCount++;
            String t = l.text().substring(1);
            int bracket = t.lastIndexOf('[');
            String code = bracket < 0 ? null : firstCode(t.substring(bracket), null);
            if (code == null) {
                warnings.add(origin + ":" + l.number() + ": pattern without [code]; skipped");
                continue;
            }
            List<String> bodies = new ArrayList<>();
            if (!expand(t.substring(0, bracket), bodies, 0)) {
                warnings.add(origin + ":" + l.number() + ": undefined synset in pattern; skipped");
                continue;
            }
            for (String body : bodies) {
                VerbPattern.Parsed p = VerbPattern.parse(body, code, l.number());
                if (p.pattern() == null) {
                    unmapped.merge(p.unmappable(), 1, Integer::sum);
                } else {
                    block.patterns.add(p.pattern());
                }
            }
        }
    }

    /** Replaces synset labels by each member, recursively; false when a label is undefined. */
    private boolean expand(String body, List<String> out, int depth) {
        Matcher m = SYNSET.matcher(body);
        if (!m.find()) {
            out.add(body);
            return true;
        }
        List<String> members = synsets.get(m.group());
        if (members == null || depth > 8 || out.size() > MAX_EXPANSIONS) {
            return false;
        }
        boolean ok = true;
        for (String member : members) {
            ok &= expand(body.substring(0, m.start()) + member + body.substring(m.end()), out, depth + 1);
        }
        return ok;
    }
}
