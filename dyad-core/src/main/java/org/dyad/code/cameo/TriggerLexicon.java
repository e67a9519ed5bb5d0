package org.dyad.code.cameo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.code.data.DataFileException;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trigger lexicon ({@code triggers.tsv}): verb and noun lemmas that trigger CAMEO events.
 * Rows for one lemma come most specific first; a user file given to {@link #load(Path)} is
 * merged on top (its rows win over shipped rows of equal specificity).
 */
public final class TriggerLexicon {
    /** The object class of an {@code obj=} list (README): an object the tagger marks as a name or title. */
    public static final String NAMED_OBJECT = "@named";
    /** Object class: an object the tagger marks as a place ("captured Palmyra"). */
    public static final String PLACE_OBJECT = "@place";
    /** Object class: any object at all; {@code !obj=@any} keeps a reading for intransitive uses ("protesters demonstrated"). */
    public static final String ANY_OBJECT = "@any";


    private static final Logger LOG = LoggerFactory.getLogger(TriggerLexicon.class);
    private static final Pattern LEMMA = Pattern.compile("[a-z0-9][a-z0-9'-]*");
    private static final Comparator<TriggerRule> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(TriggerRule::specificity).reversed();
    private static volatile TriggerLexicon shared;

    private final Map<String, List<TriggerRule>> rules;
    private final List<String> warnings;

    private TriggerLexicon(Map<String, List<TriggerRule>> rules, List<String> warnings) {
        this.rules = rules;
        this.warnings = List.copyOf(warnings);
    }

    /** The shipped lexicon, read once per JVM. A malformed shipped row is a bug and throws. */
    public static TriggerLexicon load() {
        TriggerLexicon t = shared;
        if (t == null) {
            synchronized (TriggerLexicon.class) {
                if (shared == null) {
                    shared = build(List.of(), List.of());
                }
                t = shared;
            }
        }
        return t;
    }

    /**
     * The shipped lexicon with a user file merged on top. Malformed user rows are skipped with a
     * warning (see {@link #warnings()}) so that a typo does not stop a run.
     */
    public static TriggerLexicon load(Path extraFile) {
        List<String> warnings = new ArrayList<>();
        List<TriggerRule> extra = new ArrayList<>();
        for (TsvRow row : TsvFile.file(extraFile).headerRow().rows()) {
            try {
                extra.add(TriggerRowParser.parse(row));
            } catch (DataFileException e) {
                LOG.warn("skipping trigger row: {}", e.getMessage());
                warnings.add(e.getMessage());
            }
        }
        return build(extra, warnings);
    }

    private static TriggerLexicon build(List<TriggerRule> extra, List<String> warnings) {
        Map<String, List<TriggerRule>> byKey = new HashMap<>();
        extra.forEach(r -> byKey.computeIfAbsent(key(r.lemma(), r.pos()), k -> new ArrayList<>()).add(r));
        for (TsvRow row : CameoTable.dataFile("triggers.tsv").rows()) {
            TriggerRule r = TriggerRowParser.parse(row);
            byKey.computeIfAbsent(key(r.lemma(), r.pos()), k -> new ArrayList<>()).add(r);
        }
        // Stable sort: at equal specificity user rows stay ahead, then file order.
        byKey.replaceAll((k, list) -> list.stream().sorted(MOST_SPECIFIC_FIRST).toList());
        return new TriggerLexicon(Map.copyOf(byKey), warnings);
    }

    /** The rows for a lemma and part of speech ('V' or 'N'), most specific first; empty if none. */
    public List<TriggerRule> rulesFor(String lemma, char pos) {
        return lemma == null ? List.of() : rules.getOrDefault(key(lemma.toLowerCase(java.util.Locale.ROOT), pos), List.of());
    }

    /**
     * The first row that accepts the trigger's particles and object lemmas, or null.
     * Convenience for the event coder; rows are tried most specific first.
     */
    public TriggerRule match(String lemma, char pos, Collection<String> particles, Collection<String> objectLemmas) {
        for (TriggerRule r : rulesFor(lemma, pos)) {
            if (r.accepts(particles, objectLemmas)) {
                return r;
            }
        }
        return null;
    }

    /** Whether any row has this lemma (either part of speech): a cheap pre-filter. */
    public boolean isTrigger(String lemma, char pos) {
        return !rulesFor(lemma, pos).isEmpty();
    }

    /** Every row, in no particular order. */
    public List<TriggerRule> all() {
        return rules.values().stream().flatMap(List::stream).toList();
    }

    /** Lemmas with at least one row. */
    public Set<String> lemmas() {
        Set<String> out = new LinkedHashSet<>();
        rules.values().forEach(list -> list.forEach(r -> out.add(r.lemma())));
        return out;
    }

    /** Problems found in a user file (each "file:line: reason"); empty for the shipped lexicon. */
    public List<String> warnings() {
        return warnings;
    }

    static boolean validLemma(String lemma) {
        return LEMMA.matcher(lemma).matches();
    }

    private static String key(String lemma, char pos) {
        return lemma + "/" + pos;
    }
}
