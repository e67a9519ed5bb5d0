package org.dyad.code.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word sequences (PETRARCH's upper-case phrases) matched against sentence words, ignoring case;
 * leftmost-longest, non-overlapping; a sentence word joined with {@code _} ("Dol_Amroth") matches
 * the phrase's words one by one. Immutable after building.
 */
final class TokenTrie<T> {

    /** Words {@code [start, end)} matched, with every value stored for that phrase. */
    record Match<T>(int start, int end, List<T> values) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    void add(List<String> words, T value) {
        if (words.isEmpty()) {
            return;
        }
        Node<T> n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(key(w), k -> new Node<>());
        }
        n.values.add(value);
    }

    List<Match<T>> findAll(List<String> words) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match<T> m = longestAt(words, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private Match<T> longestAt(List<String> words, int start) {
        Node<T> n = root;
        Match<T> best = null;
        for (int i = start; i < words.size(); i++) {
            n = step(n, words.get(i));
            if (n == null) {
                break;
            }
            if (!n.values.isEmpty()) {
                best = new Match<>(start, i + 1, List.copyOf(n.values));
            }
        }
        return best;
    }

    /** One sentence word; a word written with PETRARCH's connector ("Dol_Amroth") walks each of its parts. */
    private Node<T> step(Node<T> from, String word) {
        Node<T> n = from.next.get(key(word));
        if (n != null || word.indexOf('_') <= 0) {
            return n;
        }
        n = from;
        for (String part : word.split("_")) {
            n = part.isEmpty() ? n : n.next.get(key(part));
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static String key(String w) {
        return w.toUpperCase(Locale.ROOT);
    }
}
