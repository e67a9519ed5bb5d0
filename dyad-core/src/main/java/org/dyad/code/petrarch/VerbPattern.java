package org.dyad.code.petrarch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Dyad can use of one PETRARCH verb pattern {@code - [words] * [words] [code]}, after synsets
 * are expanded. Dyad's coder matches a trigger by particle, object and target preposition, so:
 * <ul>
 *   <li>{@code * DOWN}, {@code *_OUT} → particle;</li>
 *   <li>{@code * WITH}, {@code * OVER EFFORTS} → particle (a preposition of an oblique), the
 *       noun after it is kept as object word;</li>
 *   <li>{@code * TO +} → the object of "to" is the target;</li>
 *   <li>{@code * DIPLOMATIC TIES} → object words.</li>
 * </ul>
 * Words before the verb ({@code SAID *}, {@code NOT *}) and second stars cannot be expressed and
 * make the pattern unmappable; the markers {@code $ % ^} are ignored.
 *
 * @param objectWords the content words after the verb (upper case), of which one will be required
 * @param particle    lower-case particle or preposition, or null
 * @param targetPrep  lower-case preposition introducing the target, or null
 * @param code        the PETRARCH code, possibly {@code A:B} (A source→target, B target→source)
 */
record VerbPattern(List<String> objectWords, String particle, String targetPrep, String code, int line) {

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
        if (!words(body.substring(0, star)).stream().allMatch(MARKERS::contains)) {
            return new Parsed(null, "words before the verb");
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
        if (particle == null && objects.isEmpty() && targetPrep == null) {
            return new Parsed(null, "nothing after the verb Dyad can check");
        }
        return new Parsed(new VerbPattern(objects, particle, targetPrep, code, line), null);
    }

    /** Splits on blanks and underscores ("*_OUT", "NEW_RELATIONS"); the star itself is dropped. */
    static List<String> words(String s) {
        return Arrays.stream(s.replace('_', ' ').replace("*", " ").strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }
}
