package org.dyad.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.eval.MulticopedReader;
import org.dyad.eval.MulticopedSentence;

/**
 * Multi-CoPED's training split mapped onto the coding guide: every sentence holds an event; the
 * five-class label becomes {@link CodedSentence#penta}; the CoNLL file's S/T/R marks become source,
 * target and reciprocal spans (its tokens joined by single spaces make the sentence text, so the
 * offsets are exact). A sentence in both files falls in one fold (group = its letters).
 */
public final class MulticopedExamples {

    private MulticopedExamples() {
    }

    public static List<CodedSentence> read(Path dir, Consumer<String> warnings) throws IOException {
        List<CodedSentence> out = new ArrayList<>();
        Path classes = dir.resolve("cameo_class/train.tsv");
        try (BufferedReader in = Files.newBufferedReader(classes, StandardCharsets.UTF_8)) {
            for (MulticopedSentence s : MulticopedReader.read(in, null, warnings)) {
                out.add(new CodedSentence("multicoped/cameo_class/train.tsv:" + s.line(), group(s.text()), s.text(),
                        true, null, s.label(), null, null, List.of(), false));
            }
        }
        Path ner = dir.resolve("cameo_ner/train.txt");
        if (Files.isRegularFile(ner)) {
            try (BufferedReader in = Files.newBufferedReader(ner, StandardCharsets.UTF_8)) {
                out.addAll(readConll(in, "multicoped/cameo_ner/train.txt"));
            }
        }
        return out;
    }

    /** The fold group shared by the two files' copies of one sentence. */
    static String group(String text) {
        return PloverExamples.textGroup(text);
    }

    /** Sentences of a CoNLL {@code token label} file (blank line between sentences) with their spans. */
    static List<CodedSentence> readConll(BufferedReader in, String refPrefix) throws IOException {
        List<CodedSentence> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int sentenceNo = 0;
        for (String line = in.readLine(); ; line = in.readLine()) {
            if (line == null || line.isBlank()) {
                if (!rows.isEmpty()) {
                    sentenceNo++;
                    out.add(sentence(rows, refPrefix + "#" + sentenceNo));
                    rows.clear();
                }
                if (line == null) {
                    return out;
                }
                continue;
            }
            String s = line.strip();
            int space = s.lastIndexOf(' ');
            rows.add(space < 0 ? new String[] {s, "O"} : new String[] {s.substring(0, space), s.substring(space + 1)});
        }
    }

    private static CodedSentence sentence(List<String[]> rows, String ref) {
        StringBuilder text = new StringBuilder();
        List<ActorSpan> spans = new ArrayList<>();
        ActorSpan.Role role = null;
        int start = -1;
        int end = -1;
        for (String[] row : rows) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int tokenStart = text.length();
            text.append(row[0]);
            String label = row[1];
            ActorSpan.Role r = roleOf(label);
            boolean continues = label.startsWith("I-") && r != null && r == role;
            if (!continues && role != null) {
                spans.add(new ActorSpan(role, start, end));
                role = null;
            }
            if (r != null && !continues) {
                role = r;
                start = tokenStart;
            }
            end = text.length();
        }
        if (role != null) {
            spans.add(new ActorSpan(role, start, end));
        }
        String t = text.toString();
        return new CodedSentence(ref, group(t), t, true, null, null, null, null, spans, true);
    }

    private static ActorSpan.Role roleOf(String label) {
        if (label.length() < 3 || !(label.startsWith("B-") || label.startsWith("I-"))) {
            return null;
        }
        return switch (label.substring(2)) {
            case "S" -> ActorSpan.Role.S;
            case "T" -> ActorSpan.Role.T;
            case "R" -> ActorSpan.Role.R;
            default -> null;
        };
    }
}
