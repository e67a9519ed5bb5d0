package org.dyad.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bag-of-words F1 between two texts over lower-cased word tokens (letters and digits). */
final class TokenF1 {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TokenF1() {
    }

    static double of(String extracted, String expected) {
        Map<String, Integer> got = bag(extracted);
        Map<String, Integer> want = bag(expected);
        int gotTotal = total(got);
        int wantTotal = total(want);
        if (gotTotal == 0 || wantTotal == 0) {
            return gotTotal == wantTotal ? 1.0 : 0.0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            overlap += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) overlap / gotTotal;
        double recall = (double) overlap / wantTotal;
        return overlap == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static int total(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
