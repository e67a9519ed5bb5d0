package org.dyad.learn;

/**
 * A party of the sentence's main event as characters of the sentence.
 *
 * @param role S source, T target, R one side of a symmetric (reciprocal) act
 */
public record ActorSpan(Role role, int start, int end) {

    public enum Role { S, T, R }

    public ActorSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + "-" + end);
        }
    }

    public String text(String sentence) {
        return sentence.substring(start, Math.min(end, sentence.length()));
    }
}
