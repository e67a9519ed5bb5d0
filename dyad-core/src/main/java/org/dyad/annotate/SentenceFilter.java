package org.dyad.annotate;

import java.util.List;
import org.dyad.model.Token;

/**
 * Chooses the sentences that get a dependency parse. An annotator asks once per sentence, in text
 * order, with a filter made for the article, so a filter may remember earlier sentences.
 */
@FunctionalInterface
public interface SentenceFilter {
    SentenceFilter ALL = tokens -> true;
    SentenceFilter NONE = tokens -> false;

    boolean test(List<Token> tokens);
}
