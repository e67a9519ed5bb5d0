package org.dyad.eval.gold;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.dyad.model.Span;

/**
 * Finds a gold sentence of the raw article file in the pipeline's {@code body}. The cleaner drops
 * the title line, tidies spaces and joins paragraphs with blank lines, so offsets do not carry over;
 * the sentence is searched for with whitespace folded, and when it occurs more than once the
 * occurrence nearest its place in the file wins.
 */
public final class SentenceLocator {
    private static final int HASH_HEX = 12;

    private SentenceLocator() {
    }

    /** Whitespace runs become one space, ends stripped, NFC: what the hash and the search compare. */
    public static String fold(String text) {
        return String.join(" ", Normalizer.normalize(text, Normalizer.Form.NFC).strip().split("\\s+"));
    }

    /** First 12 hex digits of the SHA-1 of the folded text (as {@code tools/gold/sample.py} writes it). */
    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(fold(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /**
     * The span of {@code sentence} in {@code body}, or null when the cleaner left it out.
     * {@code expected} is roughly where it should start (its offset in the file minus the title).
     */
    public static Span locate(String sentence, String body, int expected) {
        String needle = fold(sentence);
        StringBuilder folded = new StringBuilder(body.length());
        int[] origin = new int[body.length() + 1];
        boolean space = true; // drop leading whitespace
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    origin[folded.length()] = i;
                    folded.append(' ');
                    space = true;
                }
            } else {
                origin[folded.length()] = i;
                folded.append(c);
                space = false;
            }
        }
        origin[folded.length()] = body.length();
        Span best = null;
        for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            int last = at + needle.length() - 1;
            Span s = new Span(origin[at], origin[last] + 1);
            if (best == null || Math.abs(s.start() - expected) < Math.abs(best.start() - expected)) {
                best = s;
            }
        }
        return best;
    }
}
