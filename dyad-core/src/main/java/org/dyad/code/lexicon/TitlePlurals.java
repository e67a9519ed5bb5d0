package org.dyad.code.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * The plural of a multi-word title, so that a group is read as its members' title is: "police
 * chiefs", "finance ministers", "chiefs of the general staff". English regular plurals of the
 * title's head noun (the word before "of" or "in", else the last word); one-word titles are left to their
 * own rows, since a bare plural ("leaders", "presidents") is mostly someone else's.
 */
final class TitlePlurals {
    /** Words that start what follows a title's head noun ("chief of staff", "commander in chief"). */
    private static final List<String> POSTMODIFIER = List.of("of", "in", "for", "to", "at");

    private TitlePlurals() {
    }

    /** The plural phrase, or null when the title is one word or already plural. */
    static String of(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length < 2) {
            return null;
        }
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (POSTMODIFIER.contains(words[i])) {
                head = i - 1;
                break;
            }
        }
        String plural = plural(words[head]);
        if (plural == null) {
            return null;
        }
        words[head] = plural;
        return String.join(" ", words);
    }

    private static String plural(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") || w.endsWith("-in-chief") || !w.chars().allMatch(Character::isLetter)) {
            return null;
        }
        if (w.endsWith("man")) {
            return w.substring(0, w.length() - 3) + "men";
        }
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x")) {
            return w + "es";
        }
        return w + "s";
    }
}
