package org.dyad.annotate;

import java.util.List;
import org.dyad.model.Token;

/** Chooses the sentences that get a dependency parse. */
@FunctionalInterface
public interface SentenceFilter {
    SentenceFilter ALL = tokens -> true;
    SentenceFilter NONE = tokens -> false;

    boolean test(List<Token> tokens);
}
