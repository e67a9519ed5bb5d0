package org.dyad.code.cameo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.code.data.TsvRow;

/** Turns one {@code triggers.tsv} row ({@code lemma pos cameo constraints}) into a {@link TriggerRule}. */
final class TriggerRowParser {

    private TriggerRowParser() {
    }

    static TriggerRule parse(TsvRow row) {
        String lemma = row.cell(0);
        if (!TriggerLexicon.validLemma(lemma)) {
            throw row.error("lemma must be one lowercase word, got '" + lemma + "'");
        }
        String pos = row.cell(1);
        if (!pos.equals("V") && !pos.equals("N")) {
            throw row.error("pos must be V or N, got '" + pos + "'");
        }
        String cameo = row.cell(2);
        if (CameoTable.load().get(cameo).isEmpty()) {
            throw row.error("unknown CAMEO code '" + cameo + "'");
        }
        String particle = null;
        Set<String> objects = Set.of();
        Set<String> forbidden = Set.of();
        List<String> preps = List.of();
        boolean sourceIsObject = false;
        for (String c : constraints(row)) {
            int eq = c.indexOf('=');
            String key = eq < 0 ? c : c.substring(0, eq);
            String value = eq < 0 ? "" : c.substring(eq + 1);
            if (value.isEmpty()) {
                throw row.error("constraint without value: '" + c + "'");
            }
            switch (key) {
                case "prt" -> particle = single(row, value);
                case "obj" -> objects = words(row, value);
                case "!obj" -> forbidden = words(row, value);
                case "prep" -> preps = new ArrayList<>(words(row, value));
                case "src" -> sourceIsObject = sourceIsObject(row, value);
                default -> throw row.error("unknown constraint '" + key + "'");
            }
        }
        return new TriggerRule(lemma, pos.charAt(0), cameo, particle, objects, forbidden, preps,
                sourceIsObject, row.line());
    }

    private static List<String> constraints(TsvRow row) {
        StringBuilder text = new StringBuilder(row.cell(3));
        for (int i = 4; i < row.cells().size(); i++) {
            text.append(' ').append(row.cell(i));
        }
        String s = text.toString();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        return Arrays.stream(s.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    private static String single(TsvRow row, String value) {
        if (!TriggerLexicon.validLemma(value)) {
            throw row.error("particle must be one lowercase word, got '" + value + "'");
        }
        return value;
    }

    /** Object classes a list may hold beside lemmas. */
    static final Set<String> OBJECT_CLASSES = Set.of(TriggerLexicon.NAMED_OBJECT, TriggerLexicon.PLACE_OBJECT,
            TriggerLexicon.ANY_OBJECT);

    private static Set<String> words(TsvRow row, String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : value.split(",")) {
            if (!TriggerLexicon.validLemma(w) && !OBJECT_CLASSES.contains(w)) {
                throw row.error("bad lemma '" + w + "' in list '" + value + "' (classes: " + OBJECT_CLASSES + ")");
            }
            out.add(w);
        }
        return out;
    }

    private static boolean sourceIsObject(TsvRow row, String value) {
        if (!value.equals("obj")) {
            throw row.error("src only takes 'obj', got '" + value + "'");
        }
        return true;
    }
}
