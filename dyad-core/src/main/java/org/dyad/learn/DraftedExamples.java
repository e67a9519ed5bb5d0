package org.dyad.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sentences coded by hand (drafted by reading, following {@code docs/coding-guide.md}) stored as
 * references and codes only; the text comes from {@link SharedTexts} at run time. Tab-separated,
 * one sentence a line, {@code #} comments:
 *
 * <pre>ref  hash  event  root  cameo  source  source_code  target  target_code  certainty  sym</pre>
 *
 * {@code ref} as in {@link SharedTexts}; {@code hash} its {@link SharedTexts#hash} (a changed text is
 * skipped with a warning); {@code event} 1 or 0; {@code source}/{@code target} character offsets
 * {@code start-end} within the sentence; {@code -} for an empty field. Only the main event of a
 * sentence is written. Sentences from an article in {@code excluded} (the gold set's) are skipped.
 */
public final class DraftedExamples {

    private DraftedExamples() {
    }

    public static List<CodedSentence> read(BufferedReader tsv, SharedTexts texts, Set<String> excluded,
                                           Consumer<String> warnings) throws IOException {
        List<CodedSentence> out = new ArrayList<>();
        int lineNo = 0;
        for (String line = tsv.readLine(); line != null; line = tsv.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 11) {
                warnings.accept("drafted line " + lineNo + ": " + f.length + " fields, 11 expected; skipped");
                continue;
            }
            String ref = f[0];
            String article = ref.startsWith("bbc/") ? ref.substring(0, ref.lastIndexOf(':')) : null;
            if (article != null && excluded.contains(article)) {
                warnings.accept("drafted line " + lineNo + ": " + article + " is in the gold set; skipped");
                continue;
            }
            String text = texts.text(ref);
            if (!SharedTexts.hash(text).equals(f[1])) {
                warnings.accept("drafted line " + lineNo + ": " + ref + " text changed (hash); skipped");
                continue;
            }
            out.add(coded(f, text, article == null ? ref : article, lineNo));
        }
        return out;
    }

    private static CodedSentence coded(String[] f, String text, String group, int lineNo) throws IOException {
        boolean event = "1".equals(f[2]);
        List<ActorSpan> spans = new ArrayList<>();
        boolean sym = "1".equals(f[10]) || "sym".equals(f[10]);
        span(f[5], sym ? ActorSpan.Role.R : ActorSpan.Role.S, text, spans, lineNo);
        span(f[7], sym ? ActorSpan.Role.R : ActorSpan.Role.T, text, spans, lineNo);
        return new CodedSentence("drafted:" + f[0], "drafted:" + group, text, event, event ? dash(f[3]) : null,
                null, null, event ? dash(f[9]) : null, spans, event);
    }

    private static void span(String field, ActorSpan.Role role, String text, List<ActorSpan> out, int lineNo)
            throws IOException {
        if ("-".equals(field) || field.isEmpty()) {
            return;
        }
        String[] r = field.split("-");
        int start = Integer.parseInt(r[0]);
        int end = Integer.parseInt(r[1]);
        if (end > text.length() || start >= end) {
            throw new IOException("drafted line " + lineNo + ": span " + field + " outside the sentence");
        }
        out.add(new ActorSpan(role, start, end));
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() || "-".equals(s) ? null : s;
    }
}
