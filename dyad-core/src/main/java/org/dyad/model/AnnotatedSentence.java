package org.dyad.model;

import java.util.List;

/** A sentence with its tokens; {@code parsed} tells whether tokens carry dependency heads. */
public record AnnotatedSentence(int index, int start, int end, List<Token> tokens, boolean parsed) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
    }

    /** Token by its 1-based index. */
    public Token token(int oneBased) {
        return tokens.get(oneBased - 1);
    }

    public String text(String body) {
        return body.substring(start, end);
    }
}
