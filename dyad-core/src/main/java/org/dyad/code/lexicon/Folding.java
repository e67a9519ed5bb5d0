package org.dyad.code.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of lexicon words: diacritics removed ("Élysée" = "Elysee"), typographic
 * apostrophes made plain ("Ts’khinvali"), CoreNLP's bracket tokens made brackets again.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** Diacritic-free, case kept: used to check capitalisation. */
    public static String strip(String text) {
        String s = switch (text) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            default -> text;
        };
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Diacritic-free and lower case: the lookup key. */
    public static String key(String text) {
        return strip(text).toLowerCase(Locale.ROOT);
    }
}
