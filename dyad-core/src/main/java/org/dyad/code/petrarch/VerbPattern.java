package org.dyad.code.petrarch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.trigger.WordContext.Phrase;
import org.dyad.code.trigger.WordContext;

/**
 * What Dyad can use of one PETRARCH verb pattern {@code - [words] * [words] [code]}, after synsets
 * are expanded. The pattern's words become a {@link WordContext}: the words before the star must
 * stand before the verb and the words after it after the verb, in order, as written; words joined
 * by {@code _} are consecutive, and a phrase glued to the star ({@code RECENTLY_*}, {@code *_OUT})
 * touches the verb. Besides, for the coder's argument finding:
 * <ul>
 *   <li>{@code * DOWN}, {@code *_OUT}, {@code * WITH} → particle (kept for the choice of the verb's
 *       own particle);</li>
 *   <li>{@code * TO +} → the object of "to" is the target;</li>
 *   <li>{@code * DIPLOMATIC TIES} → object words (used for null-coded patterns).</li>
 * </ul>
 * Second stars and noun-phrase brackets cannot be expressed; the markers {@code $ % ^ +} are not
 * words and are left out of the context.
 *
 * @param objectWords the content words after the verb (upper case)
 * @param particle    lower-case particle or preposition, or null
 * @param targetPrep  lower-case preposition introducing the target, or null
 * @param code        the PETRARCH code, possibly {@code A:B} (A source→target, B target→source)
 * @param context     the words around the verb the pattern needs
 * @param conjoinedSubject {@code %} before the star: the subject must be two or more conjoined
 *                    parties, which then act on each other ("X and Y agree" → X→Y and Y→X)
 */
record VerbPattern(List<String> objectWords, String particle, String targetPrep, String code, int line,
        WordContext context, boolean conjoinedSubject) {

    static final Set<String> PREPOSITIONS = Set.of("WITH", "TO", "FOR", "AGAINST", "ON", "IN", "INTO", "FROM",
            "AT", "BY", "OVER", "ABOUT", "OF", "UPON", "TOWARD", "TOWARDS", "NEAR", "BETWEEN", "AMONG", "THROUGH",
            "UNDER", "DURING", "AFTER", "BEFORE", "DESPITE", "WITHIN", "ONTO");
    static final Set<String> PARTICLES = Set.of("DOWN", "OFF", "UP", "OUT", "AWAY", "BACK", "APART");
    private static final Set<String> DETERMINERS = Set.of("THE", "A", "AN", "SOME", "ITS", "THEIR");
    private static final Set<String> MARKERS = Set.of("$", "%", "^", "+");

    VerbPattern {
        objectWords = List.copyOf(objectWords);
    }

    /** A pattern Dyad can use, or the reason it cannot. */
    record Parsed(VerbPattern pattern, String unmappable) {
    }

    boolean isNull() {
        return code.equals("---");
    }

    static Parsed parse(String body, String code, int line) {
        if (!code.equals("---") && !Character.isDigit(code.charAt(0))) {
            // TABARI's markers for complex or test codings ([+++], [###], [xxy]): PETRARCH does not code them
            return new Parsed(null, "not an event code");
        }
        int star = body.indexOf('*');
        if (star < 0) {
            return new Parsed(null, "no *");
        }
        if (body.indexOf('*', star + 1) >= 0) {
            return new Parsed(null, "two *");
        }
        if (body.contains("{") || body.contains("(")) {
            return new Parsed(null, "noun-phrase brackets");
        }
        List<String> post = words(body.substring(star + 1));
        String particle = null;
        String targetPrep = null;
        int i = 0;
        if (!post.isEmpty() && (PARTICLES.contains(post.get(0)) || PREPOSITIONS.contains(post.get(0)))) {
            particle = post.get(0).toLowerCase(Locale.ROOT);
            i = 1;
            if (i < post.size() && post.get(i).equals("+") && PREPOSITIONS.contains(post.get(0))) {
                targetPrep = particle;
            }
        }
        List<String> objects = new ArrayList<>();
        for (; i < post.size(); i++) {
            String w = post.get(i);
            if (PREPOSITIONS.contains(w) || PARTICLES.contains(w) && !objects.isEmpty()) {
                if (i + 1 < post.size() && post.get(i + 1).equals("+") && targetPrep == null) {
                    targetPrep = w.toLowerCase(Locale.ROOT);
                }
                break;
            }
            if (!MARKERS.contains(w) && !DETERMINERS.contains(w)) {
                objects.add(w);
            }
        }
        WordContext context = context(body);
        boolean conjoined = words(body.substring(0, star)).contains("%");
        if (particle == null && objects.isEmpty() && targetPrep == null && context.isEmpty() && !conjoined) {
            return new Parsed(null, "no word Dyad can check");
        }
        return new Parsed(new VerbPattern(objects, particle, targetPrep, code, line, context, conjoined), null);
    }

    /** The pattern's words as phrases before and after the star ("SO IN_AND_*_OUT_AGAIN NOW"). */
    static WordContext context(String body) {
        List<Phrase> before = new ArrayList<>();
        List<Phrase> after = new ArrayList<>();
        boolean seenStar = false;
        for (String element : body.strip().split("\\s+")) {
            int star = element.indexOf('*');
            if (star < 0) {
                addPhrase(seenStar ? after : before, element, false);
                continue;
            }
            addPhrase(before, element.substring(0, star), true);
            addPhrase(after, element.substring(star + 1), true);
            seenStar = true;
        }
        return new WordContext(before, after);
    }

    private static void addPhrase(List<Phrase> out, String element, boolean glued) {
        List<String> words = Arrays.stream(element.split("_"))
                .map(w -> w.strip().toUpperCase(Locale.ROOT))
                .filter(w -> !w.isEmpty() && !MARKERS.contains(w)).toList();
        if (!words.isEmpty()) {
            out.add(new Phrase(words, glued));
        }
    }

    /** Splits on blanks and underscores ("*_OUT", "NEW_RELATIONS"); the star itself is dropped. */
    static List<String> words(String s) {
        return Arrays.stream(s.replace('_', ' ').replace("*", " ").strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }
}
