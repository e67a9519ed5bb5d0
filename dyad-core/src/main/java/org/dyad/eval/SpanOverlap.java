package org.dyad.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a Dyad actor's text and a gold span name the same thing: they share a content word,
 * compared lower-case with a possessive 's dropped. Function words do not count, so "the
 * government" and "the Kurds" do not overlap. Lenient on purpose: gold spans run from the
 * determiner to the end of the noun phrase, Dyad's actor text is often only its head or modifier.
 */
public final class SpanOverlap {
    // Closed-class words only; any content word is evidence of the same mention.
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to",
            "for", "and", "or", "by", "with", "from", "its", "their", "his", "her", "who", "which", "that", "s");

    private SpanOverlap() {
    }

    public static boolean overlaps(String dyadText, String goldSpan) {
        if (dyadText == null || goldSpan == null) {
            return false;
        }
        Set<String> gold = words(goldSpan);
        return words(dyadText).stream().anyMatch(gold::contains);
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w))
                .collect(Collectors.toSet());
    }
}
