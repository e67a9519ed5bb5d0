package org.dyad.code.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a lexicon phrase into the tokens CoreNLP's PTB tokenizer makes of the same words, so
 * that phrases can be matched against sentence tokens: "U.S." and "D.C." stay whole, the
 * possessive is split ("People's Daily" → People, 's, Daily), brackets, commas and a trailing
 * "+" become tokens of their own, and hyphenated words stay ONE token ("Russian-Iranian"),
 * as CoreNLP keeps them.
 */
public final class PhraseTokenizer {
    private static final String OPENERS = "(\"'\u201C\u2018[";
    private static final String CLOSERS = ")\"\u201D],;:!?+";

    private PhraseTokenizer() {
    }

    public static List<String> tokens(String phrase) {
        List<String> tokens = new ArrayList<>();
        for (String chunk : phrase.trim().split("\\s+")) {
            if (!chunk.isEmpty()) {
                addChunk(chunk, tokens);
            }
        }
        return tokens;
    }

    private static void addChunk(String chunk, List<String> tokens) {
        int start = 0;
        int end = chunk.length();
        while (start < end - 1 && OPENERS.indexOf(chunk.charAt(start)) >= 0) {
            tokens.add(String.valueOf(chunk.charAt(start++)));
        }
        List<String> trailing = new ArrayList<>();
        while (end > start + 1 && CLOSERS.indexOf(chunk.charAt(end - 1)) >= 0) {
            trailing.add(0, String.valueOf(chunk.charAt(--end)));
        }
        String word = chunk.substring(start, end);
        String lower = Folding.key(word);
        if (lower.length() > 2 && lower.endsWith("'s")) {
            tokens.add(word.substring(0, word.length() - 2));
            tokens.add(word.substring(word.length() - 2));
        } else if (lower.length() > 2 && lower.endsWith("s'")) {
            tokens.add(word.substring(0, word.length() - 1));
            tokens.add(word.substring(word.length() - 1));
        } else {
            tokens.add(word);
        }
        tokens.addAll(trailing);
    }
}
