package org.dyad.code.actor.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comparison key of an actor name, so spellings of one name meet: diacritics and case removed
 * ("Erdoğan" = "Erdogan"), common transliteration pairs folded (Shoygu/Shoigu, Dmitriy/Dmitri,
 * Khamenei/Hamenei, Mohammed/Muhammad), the Arabic article dropped ("al-Sharaa" = "Sharaa"), and
 * hyphens, dots, apostrophes and spaces ignored ("Amir-Abdollahian" = "Amirabdollahian", "U.S." = "US").
 * Keys are only compared with each other, never shown.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Whole-word spelling variants common in news transliteration (after the letter folding below). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("mohamed", "muhamad"), Map.entry("mohamad", "muhamad"), Map.entry("muhamed", "muhamad"),
            Map.entry("mohd", "muhamad"), Map.entry("ahmed", "ahmad"), Map.entry("hosein", "husein"),
            Map.entry("husain", "husein"), Map.entry("hosain", "husein"), Map.entry("abdel", "abdul"),
            Map.entry("abdal", "abdul"), Map.entry("abd", "abdul"));

    private NameKey() {
    }

    /** The key of a whole name; empty when nothing is left (e.g. "al-"). */
    public static String of(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(name, false)) {
            sb.append(w);
        }
        return sb.toString();
    }

    /** The key of a name already split into tokens, as a tokenizer gives them. */
    public static String of(List<String> tokens) {
        return of(String.join(" ", tokens));
    }

    /**
     * The key of one token as a tokenizer gives it, "the" kept: the key of a token span is the
     * concatenation of its tokens' keys, so a sentence can be probed span by span.
     */
    public static String token(String word) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(word, true)) {
            sb.append(w);
        }
        return sb.toString();
    }

    /** Folded words; Arabic articles dropped, and a leading "the" unless {@code keepThe}. */
    static List<String> words(String name, boolean keepThe) {
        List<String> out = new ArrayList<>(4);
        String s = foldWords(name);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                w.append(c);
            } else if (separates(c) && w.length() > 0) {
                String word = w.toString();
                w.setLength(0);
                if ((keepThe || !out.isEmpty() || !word.equals("the")) && !word.equals("al") && !word.equals("el")) {
                    out.add(WORDS.getOrDefault(word, word));
                }
            }
        }
        return out;
    }

    /** Spaces, underscores, hyphens, dashes and slashes part words; apostrophes and dots do not. */
    private static boolean separates(char c) {
        return Character.isWhitespace(c) || c == '_' || c == '-' || c == '/' || c == '\u2010' || c == '\u2011'
                || c == '\u2013' || c == '\u2014';
    }

    /**
     * Each space-separated word folded, except acronyms ("MCI", "U.N.", "MCCI"), which are only
     * lower-cased: their letters are initials, so "MCCI" must not fold into "MCI".
     */
    private static String foldWords(String name) {
        if (name.indexOf(' ') < 0) {
            return acronym(name) ? name.toLowerCase(Locale.ROOT) : fold(name);
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (String w : name.split(" ", -1)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(acronym(w) ? w.toLowerCase(Locale.ROOT) : fold(w));
        }
        return sb.toString();
    }

    private static final Pattern ACRONYM = Pattern.compile("(?:[A-Z]\\.?){2,6}");

    /** A word of initials: "AN", "U.N.", "MCCI". */
    static boolean acronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    private static String fold(String name) {
        String s = name.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        if (!s.chars().allMatch(c -> c < 128)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            s = s.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss");
        }
        s = s.toLowerCase(Locale.ROOT);
        // transliteration pairs: y/i, kh/h, ou/u, ph/f, then doubled letters (Mohammed/Mohamed, Sharaa/Shara)
        s = s.replace("kh", "h").replace("ou", "u").replace("ph", "f").replace('y', 'i');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || !Character.isLetter(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
