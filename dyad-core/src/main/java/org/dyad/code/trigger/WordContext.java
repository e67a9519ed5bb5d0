package org.dyad.code.trigger;

import java.util.List;
import java.util.Locale;

/**
 * Words a pattern needs around its trigger, in sentence order: PETRARCH's
 * {@code INDICATED WOULD * NOW} needs "indicated" then "would" somewhere before the verb and "now"
 * after it. Each {@link Phrase} is a run of consecutive words ({@code REALLY_PLEASANT}); other
 * words may stand between phrases and between a phrase and the trigger, unless the phrase is glued
 * to it ({@code RECENTLY_*}, {@code *_OUT}). Words are compared with the text as written, not with
 * lemmas, because the patterns tell forms apart ("EFFORT" does not match "efforts").
 *
 * @param before phrases before the trigger, in sentence order
 * @param after  phrases after the trigger, in sentence order
 */
public record WordContext(List<Phrase> before, List<Phrase> after) {
    public static final WordContext NONE = new WordContext(List.of(), List.of());

    public WordContext {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * Consecutive words (lower case); {@code gluedToTrigger}: the phrase must touch the trigger,
     * ending right before it (in {@code before}) or starting right after it (in {@code after}).
     */
    public record Phrase(List<String> words, boolean gluedToTrigger) {
        public Phrase {
            words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        }
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }

    /** Number of words required; more words = a more specific pattern. */
    public int wordCount() {
        return before.stream().mapToInt(p -> p.words().size()).sum() + after.stream().mapToInt(p -> p.words().size()).sum();
    }

    /**
     * Whether the words hold around the trigger at {@code trigger} (0-based index into
     * {@code words}, the sentence's words in lower case). Greedy matching is exact here: taking
     * each phrase as near the trigger as possible leaves the most room for the others.
     */
    public boolean matches(List<String> words, int trigger) {
        int limit = trigger; // phrases before must end before this index
        for (int k = before.size() - 1; k >= 0; k--) {
            Phrase p = before.get(k);
            int start = lastStart(words, p, limit, p.gluedToTrigger() && k == before.size() - 1 ? trigger : -1);
            if (start < 0) {
                return false;
            }
            limit = start;
        }
        int from = trigger + 1; // phrases after must start at or after this index
        for (int k = 0; k < after.size(); k++) {
            Phrase p = after.get(k);
            int start = firstStart(words, p, from, p.gluedToTrigger() && k == 0 ? trigger + 1 : -1);
            if (start < 0) {
                return false;
            }
            from = start + p.words().size();
        }
        return true;
    }

    /** Start of the last occurrence ending before {@code limit} (or ending exactly there when {@code mustEnd} ≥ 0). */
    private static int lastStart(List<String> words, Phrase p, int limit, int mustEnd) {
        int n = p.words().size();
        for (int s = limit - n; s >= 0; s--) {
            if (mustEnd >= 0 && s + n != mustEnd) {
                return -1;
            }
            if (at(words, p, s)) {
                return s;
            }
        }
        return -1;
    }

    /** Start of the first occurrence at or after {@code from} (or exactly at {@code mustStart} when ≥ 0). */
    private static int firstStart(List<String> words, Phrase p, int from, int mustStart) {
        for (int s = from; s + p.words().size() <= words.size(); s++) {
            if (mustStart >= 0 && s != mustStart) {
                return -1;
            }
            if (at(words, p, s)) {
                return s;
            }
        }
        return -1;
    }

    private static boolean at(List<String> words, Phrase p, int s) {
        for (int j = 0; j < p.words().size(); j++) {
            if (!words.get(s + j).equals(p.words().get(j))) {
                return false;
            }
        }
        return true;
    }
}
