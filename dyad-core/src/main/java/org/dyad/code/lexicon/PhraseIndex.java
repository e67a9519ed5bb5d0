package org.dyad.code.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trie over token sequences mapping lexicon phrases to values, matched against sentence tokens
 * (CoreNLP PTB tokens). Matching folds diacritics and case, with two guards that keep ordinary
 * words from turning into actors:
 * <ul>
 *   <li>a phrase word written in capitals ("US", "WHO", "U.S.") matches only a token with no
 *       lower-case letter, so "who" and "us" are not organisations or countries;</li>
 *   <li>a phrase word whose first letter is a capital ("China", "Turkey", "PressTV") matches only
 *       a token whose first letter is a capital, so "china" and "turkey" stay nouns;</li>
 *   <li>a phrase word starting in lower case ("defense minister", "the", "al-Qaeda") matches any
 *       case.</li>
 * </ul>
 * A phrase added with several values keeps them all (ambiguity is the caller's to resolve).
 * CoreNLP keeps hyphenated words as one token ("Russian-Iranian"): callers split such a token on
 * its hyphens and use {@link #lookupWord} on each part. Immutable and thread-safe once built.
 *
 * @param <T> the value type
 */
public final class PhraseIndex<T> {

    /** A matched phrase: tokens {@code [start, end)} of the searched list, and its values. */
    public record Match<T>(int start, int end, List<T> values) {
        public Match {
            values = List.copyOf(values);
        }

        /** The first value, the one added first for this phrase. */
        public T value() {
            return values.get(0);
        }
    }

    private record Entry<T>(List<String> phraseTokens, T value) {
    }

    private static final class Node<T> {
        private final Map<String, Node<T>> children = new HashMap<>();
        private final List<Entry<T>> entries = new ArrayList<>();
    }

    private final Node<T> root;
    private final int size;

    private PhraseIndex(Node<T> root, int size) {
        this.root = root;
        this.size = size;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Number of (phrase, value) pairs indexed. */
    public int size() {
        return size;
    }

    /** Leftmost-longest, non-overlapping matches of indexed phrases in {@code tokens}. */
    public List<Match<T>> findAll(List<String> tokens) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Match<T>> match = longestAt(tokens, i);
            if (match.isPresent()) {
                matches.add(match.get());
                i = match.get().end();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The longest phrase that starts at token {@code start}, if any. */
    public Optional<Match<T>> longestAt(List<String> tokens, int start) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = start; i < tokens.size(); i++) {
            node = node.children.get(Folding.key(tokens.get(i)));
            if (node == null) {
                break;
            }
            List<T> values = accepted(node, tokens.subList(start, i + 1));
            if (!values.isEmpty()) {
                best = new Match<>(start, i + 1, values);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every value of a phrase given as text (tokenized like the indexed phrases). */
    public List<T> lookup(String phrase) {
        List<String> tokens = PhraseTokenizer.tokens(phrase);
        return longestAt(tokens, 0).filter(m -> m.end() == tokens.size()).map(Match::values).orElse(List.of());
    }

    /** The first value of a one-token phrase: for parts of hyphenated words ("Russian", "Iranian"). */
    public Optional<T> lookupWord(String word) {
        Node<T> node = root.children.get(Folding.key(word));
        if (node == null) {
            return Optional.empty();
        }
        return accepted(node, List.of(word)).stream().findFirst();
    }

    private List<T> accepted(Node<T> node, List<String> textTokens) {
        List<T> values = new ArrayList<>();
        for (Entry<T> entry : node.entries) {
            if (capitalisationAgrees(entry.phraseTokens(), textTokens)) {
                values.add(entry.value());
            }
        }
        return values;
    }

    private static boolean capitalisationAgrees(List<String> phrase, List<String> text) {
        for (int i = 0; i < phrase.size(); i++) {
            if (!capitalisationAgrees(phrase.get(i), Folding.strip(text.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisationAgrees(String phraseWord, String textWord) {
        boolean phraseHasUpper = phraseWord.chars().anyMatch(Character::isUpperCase);
        boolean phraseHasLower = phraseWord.chars().anyMatch(Character::isLowerCase);
        if (phraseHasUpper && !phraseHasLower) {
            return textWord.chars().noneMatch(Character::isLowerCase);
        }
        if (Character.isUpperCase(firstLetter(phraseWord))) {
            return Character.isUpperCase(firstLetter(textWord));
        }
        return true;
    }

    private static int firstLetter(String word) {
        return word.codePoints().filter(Character::isLetter).findFirst().orElse('A');
    }

    /** Collects (phrase, value) pairs; the same pair added twice is kept once. */
    public static final class Builder<T> {
        private final Map<List<String>, List<T>> phrases = new LinkedHashMap<>();

        public Builder<T> add(String phrase, T value) {
            List<String> tokens = PhraseTokenizer.tokens(Folding.strip(phrase));
            if (!tokens.isEmpty()) {
                List<T> values = phrases.computeIfAbsent(tokens, k -> new ArrayList<>());
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
            return this;
        }

        public PhraseIndex<T> build() {
            Node<T> root = new Node<>();
            int size = 0;
            for (Map.Entry<List<String>, List<T>> phrase : phrases.entrySet()) {
                Node<T> node = root;
                for (String token : phrase.getKey()) {
                    node = node.children.computeIfAbsent(Folding.key(token), k -> new Node<>());
                }
                for (T value : phrase.getValue()) {
                    node.entries.add(new Entry<>(phrase.getKey(), value));
                    size++;
                }
            }
            return new PhraseIndex<>(root, size);
        }
    }
}
