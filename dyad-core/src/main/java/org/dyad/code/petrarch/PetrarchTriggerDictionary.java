package org.dyad.code.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.petrarch.VerbFile.Block;
import org.dyad.code.petrarch.VerbFile.VerbEntry;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.code.trigger.WordContext;

/**
 * {@link TriggerDictionary} over PETRARCH verb dictionaries. Every verb of a block, under each lemma
 * its forms can have, gets the block's patterns (most specific first) and then its plain code.
 * PETRARCH codes verbs only, so nouns get nothing.
 *
 * <p>Where the mapping has to choose:
 * <ul>
 *   <li>A pattern's words are a {@link WordContext} checked on the text as written, so multi-word
 *       objects ({@code DIPLOMATIC TIES}) and words before the verb ({@code NOT *}) hold whole;
 *       the pattern with more words is asked first.</li>
 *   <li>A null-coded pattern ({@code * CARD [---]}) forbids its object for the verb's plain code
 *       (the word that best tells it from the verb's other patterns).</li>
 *   <li>A paired code {@code 032:033} codes 032 source→target; {@link #reverseCode} gives the 033
 *       that {@link Reciprocals} adds target→source.</li>
 *   <li>Targets: see {@link #TARGET_PREPS}.</li>
 *   <li>Blocks meeting on one lemma (LEAVE [012], LEFT [032]) are asked past-tense owner first.</li>
 * </ul>
 */
public final class PetrarchTriggerDictionary implements TriggerDictionary {
    /**
     * PETRARCH takes the target from the verb's object or else from a prepositional phrase of the
     * verb, whatever the preposition ("left for Minas Tirith", "warned of the Prince", "appealed for
     * peace in Ithilen"); Dyad's usual preferences come first, the place-like "in" last.
     */
    static final List<String> TARGET_PREPS = List.of("with", "to", "against", "on", "toward", "towards", "into", "at",
            "for", "from", "of", "about", "over", "upon", "between", "near", "in");

    private final Map<String, List<Pattern>> byLemma;
    private final Map<String, String> reverseCodes;

    private final Set<String> mutualOrigins;

    private PetrarchTriggerDictionary(Map<String, List<Pattern>> byLemma, Map<String, String> reverseCodes,
            Set<String> mutualOrigins) {
        this.byLemma = byLemma;
        this.reverseCodes = reverseCodes;
        this.mutualOrigins = mutualOrigins;
    }

    public static PetrarchTriggerDictionary of(List<VerbFile> files) {
        return of(files, VerbForms.shipped());
    }

    static PetrarchTriggerDictionary of(List<VerbFile> files, VerbForms forms) {
        Map<String, List<Candidate>> candidates = new HashMap<>();
        int order = 0;
        for (VerbFile f : files) {
            for (Block b : f.blocks()) {
                for (VerbEntry v : b.verbs) {
                    for (String lemma : lemmas(v, forms)) {
                        int rank = owningRank(v, lemma, forms);
                        candidates.computeIfAbsent(lemma, k -> new ArrayList<>())
                                .add(new Candidate(f.origin(), b, v, rank, order));
                    }
                    order++;
                }
            }
        }
        Map<String, List<Pattern>> byLemma = new HashMap<>();
        Map<String, String> reverse = new HashMap<>();
        Set<String> mutual = new HashSet<>();
        candidates.forEach((lemma, cs) -> byLemma.put(lemma, patterns(lemma, cs, reverse, mutual)));
        return new PetrarchTriggerDictionary(Map.copyOf(byLemma), Map.copyOf(reverse), Set.copyOf(mutual));
    }

    @Override
    public List<Pattern> patterns(String lemma, char pos) {
        if (pos != 'V' || lemma == null) {
            return List.of();
        }
        return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** The target→source code of a paired PETRARCH code, by the pattern's origin ("file:line"). */
    public Optional<String> reverseCode(String origin) {
        return Optional.ofNullable(reverseCodes.get(origin));
    }

    /** Whether the pattern at this origin ("file:line") makes conjoined subjects act on each other ({@code %}). */
    public boolean isMutual(String origin) {
        return mutualOrigins.contains(origin);
    }

    public int lemmaCount() {
        return byLemma.size();
    }

    private record Candidate(String file, Block block, VerbEntry verb, int rank, int order) {
    }

    private record Ranked(Pattern pattern, int rank, int words, int order) {
    }

    private static Set<String> lemmas(VerbEntry v, VerbForms forms) {
        Set<String> out = new LinkedHashSet<>(forms.lemmas(v.word()));
        v.forms().forEach(f -> out.addAll(forms.lemmas(f)));
        return out;
    }

    /** 0: the entry holds the lemma's past form; 1: it is the lemma itself; 2: anything else. */
    private static int owningRank(VerbEntry v, String lemma, VerbForms forms) {
        if (forms.isPast(v.word(), lemma) || v.forms().stream().anyMatch(f -> forms.isPast(f, lemma))) {
            return 0;
        }
        return v.word().equalsIgnoreCase(lemma) ? 1 : 2;
    }

    private static List<Pattern> patterns(String lemma, List<Candidate> cs, Map<String, String> reverse,
            Set<String> mutual) {
        List<VerbPattern> all = cs.stream().flatMap(c -> c.block().patterns.stream()).toList();
        List<Ranked> out = new ArrayList<>();
        for (Candidate c : cs) {
            Set<String> forbidden = new LinkedHashSet<>();
            for (VerbPattern vp : c.block().patterns) {
                String particle = particle(c.verb(), vp);
                if (particle == null && vp.particle() != null) {
                    continue; // the verb has its own particle and the pattern another
                }
                if (vp.isNull()) {
                    if (vp.particle() == null && vp.context().before().isEmpty() && !vp.objectWords().isEmpty()) {
                        forbidden.addAll(variants(chooseWord(vp, all)));
                    }
                    continue;
                }
                String origin = c.file() + ":" + vp.line();
                // The word context checks the pattern's words as written; the verb's own particle stays a syntactic check.
                out.add(new Ranked(new Pattern(lemma, 'V', cameo(vp.code(), origin, reverse), c.verb().particle(), Set.of(),
                        Set.of(), targetPreps(vp.targetPrep()), false, origin, vp.context(), vp.conjoinedSubject(), true),
                        c.rank(), vp.context().wordCount() + (vp.conjoinedSubject() ? 1 : 0), c.order()));
                if (vp.conjoinedSubject()) {
                    mutual.add(origin);
                }
            }
            String code = c.verb().code() != null ? c.verb().code() : c.block().code;
            if (!code.equals("---")) {
                String origin = c.file() + ":" + c.verb().line();
                out.add(new Ranked(new Pattern(lemma, 'V', cameo(code, origin, reverse), c.verb().particle(), Set.of(),
                        forbidden, targetPreps(null), false, origin, WordContext.NONE, false, true), c.rank() + 10, 0, c.order()));
            }
        }
        out.sort(Comparator.comparingInt((Ranked r) -> r.pattern().context().isEmpty() && !r.pattern().conjoinedSubject() ? 1 : 0)
                .thenComparingInt(Ranked::rank).thenComparing(Comparator.comparingInt(Ranked::words).reversed())
                .thenComparingInt(Ranked::order));
        return out.stream().map(Ranked::pattern).distinct().toList();
    }

    /** The pattern's own target preposition first, then PETRARCH's: the object of any prepositional phrase. */
    private static List<String> targetPreps(String own) {
        List<String> out = new ArrayList<>();
        if (own != null) {
            out.add(own);
        }
        TARGET_PREPS.stream().filter(p -> !p.equals(own)).forEach(out::add);
        return out;
    }

    /** The particle a pattern needs for this verb: the verb's own ("break down") or the pattern's. */
    private static String particle(VerbEntry v, VerbPattern p) {
        if (v.particle() == null) {
            return p.particle();
        }
        return p.particle() == null || p.particle().equals(v.particle()) ? v.particle() : null;
    }

    private static String cameo(String code, String origin, Map<String, String> reverse) {
        int colon = code.indexOf(':');
        if (colon < 0) {
            return code;
        }
        String back = code.substring(colon + 1).strip();
        if (!back.isEmpty() && !back.equals("---")) {
            reverse.put(origin, back);
        }
        return code.substring(0, colon).strip();
    }

    /**
     * The object word that best tells this pattern from the verb's other patterns. In a noun phrase
     * the distinguishing words are the modifiers ("DIPLOMATIC TIES" vs "ECONOMIC TIES"), so: the
     * first modifier no pattern with another code has; else the head if none has it; else the
     * modifier shared with the fewest other codes.
     */
    private static String chooseWord(VerbPattern p, List<VerbPattern> all) {
        List<String> words = p.objectWords();
        String head = words.get(words.size() - 1);
        String best = null;
        long bestConflicts = Long.MAX_VALUE;
        for (String w : words.subList(0, words.size() - 1)) {
            long conflicts = conflicts(w, p, all);
            if (conflicts < bestConflicts) {
                best = w;
                bestConflicts = conflicts;
            }
        }
        if (best == null || bestConflicts > 0 && conflicts(head, p, all) == 0) {
            return head;
        }
        return best;
    }

    private static long conflicts(String w, VerbPattern p, List<VerbPattern> all) {
        return all.stream().filter(o -> !o.code().equals(p.code()) && o.objectWords().contains(w))
                .map(VerbPattern::code).distinct().count();
    }

    /** The word and the lemmas it may have: the coder compares object lemmas ("ties" → tie, "improved" → improve). */
    static Set<String> variants(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>(VerbForms.shipped().lemmas(w));
        if (w.endsWith("est") || w.endsWith("er")) {
            out.add(w.substring(0, w.length() - (w.endsWith("est") ? 3 : 2)));
        }
        return out;
    }

    /** PETRARCH's patterns code stated intentions themselves ("PLAN TO", "VOW"): keep their codes. */
    @Override
    public boolean codesIntentions(Pattern pattern) {
        return true;
    }
}
