package org.dyad.code.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the surface forms PETRARCH dictionaries use (SAID, LEFT, BANNED, DENIED) to the lemmas
 * CoreNLP gives (say, leave, ban, deny): irregular forms from {@code irregular-verbs.tsv}, regular
 * ones by undoing -s, -ed, -ing. A form may yield several candidates ("eased" → eas, ease); the
 * wrong ones are never produced by the lemmatizer, so they cost nothing.
 */
public final class VerbForms {
    private static final String TABLE = "/org/dyad/code/petrarch/irregular-verbs.tsv";
    private static VerbForms shipped;

    private final Map<String, Set<String>> lemmasOfForm = new HashMap<>();
    private final Map<String, Set<String>> pastOfLemma = new HashMap<>();

    private VerbForms() {
    }

    public static synchronized VerbForms shipped() {
        if (shipped == null) {
            shipped = load();
        }
        return shipped;
    }

    private static VerbForms load() {
        VerbForms v = new VerbForms();
        try (InputStream in = VerbForms.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    v.addRow(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    private void addRow(String[] cols) {
        String lemma = cols[0].strip();
        for (int c = 1; c < cols.length; c++) {
            for (String form : cols[c].strip().split("\\s+")) {
                if (!form.isEmpty()) {
                    lemmasOfForm.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(lemma);
                    if (c == 1) {
                        pastOfLemma.computeIfAbsent(lemma, k -> new HashSet<>()).add(form);
                    }
                }
            }
        }
    }

    /** Every lemma the word could be a form of, the word itself first (lower case). */
    public Set<String> lemmas(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        out.addAll(lemmasOfForm.getOrDefault(w, Set.of()));
        if (w.endsWith("ies") || w.endsWith("ied")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es")) {
            out.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ed")) {
            addStem(out, w.substring(0, w.length() - 2));
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ing")) {
            addStem(out, w.substring(0, w.length() - 3));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** "ban" + ned, "hop" + ed: the stem, the stem + e, and the stem with a doubled consonant undone. */
    private static void addStem(Set<String> out, String stem) {
        if (stem.length() < 2) {
            return;
        }
        out.add(stem);
        out.add(stem + "e");
        int n = stem.length();
        if (stem.charAt(n - 1) == stem.charAt(n - 2)) {
            out.add(stem.substring(0, n - 1));
        }
    }

    /** True when the word is a past-tense form of the lemma ("left" of leave, "called" of call). */
    public boolean isPast(String word, String lemma) {
        String w = word.toLowerCase(Locale.ROOT);
        if (pastOfLemma.getOrDefault(lemma, Set.of()).contains(w)) {
            return true;
        }
        return !pastOfLemma.containsKey(lemma) && w.endsWith("ed") && !w.equals(lemma) && lemmas(w).contains(lemma);
    }
}
