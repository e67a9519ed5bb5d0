package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads Multi-CoPED's two files. {@code cameo_class/*.tsv}: {@code sentence TAB label} (0-4),
 * CRLF line ends. {@code cameo_ner/*.txt}: CoNLL {@code token label} lines (B-/I- S, T, R or O),
 * a blank line between sentences. In the train split the two files hold different sentence sets
 * in different orders, so spans are joined to labelled sentences by their letters.
 */
public final class MulticopedReader {

    private MulticopedReader() {
    }

    /** Labelled sentences, each with the spans of the same sentence in {@code ner} (or none). */
    public static List<MulticopedSentence> read(BufferedReader classTsv, BufferedReader ner,
                                                Consumer<String> warnings) throws IOException {
        Map<String, List<MulticopedSentence.Span>> spans = ner == null ? Map.of() : readSpans(ner);
        List<MulticopedSentence> out = new ArrayList<>();
        int lineNo = 0;
        for (String line = classTsv.readLine(); line != null; line = classTsv.readLine()) {
            lineNo++;
            line = line.strip();
            int tab = line.lastIndexOf('\t');
            if (line.isEmpty()) {
                continue;
            }
            if (tab < 0 || !line.substring(tab + 1).strip().matches("[0-4]")) {
                warnings.accept("line " + lineNo + ": no 0-4 label after a tab, skipped");
                continue;
            }
            String text = line.substring(0, tab).strip();
            int label = Integer.parseInt(line.substring(tab + 1).strip());
            out.add(new MulticopedSentence(lineNo, text, label, spans.getOrDefault(key(text), List.of())));
        }
        return out;
    }

    /** Spans of every sentence in a CoNLL file, keyed by {@link #key} of the sentence. */
    static Map<String, List<MulticopedSentence.Span>> readSpans(BufferedReader ner) throws IOException {
        Map<String, List<MulticopedSentence.Span>> out = new HashMap<>();
        SentenceSpans current = new SentenceSpans();
        for (String line = ner.readLine(); line != null; line = ner.readLine()) {
            line = line.strip();
            if (line.isEmpty()) {
                current.finish(out);
                current = new SentenceSpans();
                continue;
            }
            int space = line.lastIndexOf(' ');
            current.token(space < 0 ? line : line.substring(0, space), space < 0 ? "O" : line.substring(space + 1));
        }
        current.finish(out);
        return out;
    }

    /** Lower-case ASCII letters only: tokenisation, quotes and apostrophes differ between the files. */
    static String key(String sentence) {
        return sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Collects one sentence's tokens and the spans their B-/I- labels mark. */
    private static final class SentenceSpans {
        private final StringBuilder text = new StringBuilder();
        private final List<MulticopedSentence.Span> spans = new ArrayList<>();
        private MulticopedSentence.Role role;
        private final StringBuilder span = new StringBuilder();

        void token(String token, String label) {
            text.append(token).append(' ');
            boolean inside = label.startsWith("I-") && role != null && label.endsWith(role.name());
            if (!inside) {
                close();
            }
            if (label.startsWith("B-") || (label.startsWith("I-") && !inside)) {
                role = role(label.substring(2));
            }
            if (role != null) {
                span.append(span.length() == 0 ? "" : " ").append(token);
            }
        }

        private void close() {
            if (role != null && span.length() > 0) {
                spans.add(new MulticopedSentence.Span(role, span.toString()));
            }
            role = null;
            span.setLength(0);
        }

        void finish(Map<String, List<MulticopedSentence.Span>> out) {
            close();
            if (text.length() > 0) {
                out.putIfAbsent(key(text.toString()), List.copyOf(spans));
            }
        }

        private static MulticopedSentence.Role role(String name) {
            try {
                return MulticopedSentence.Role.valueOf(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
