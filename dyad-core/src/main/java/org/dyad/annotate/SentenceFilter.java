package org.dyad.annotate;

import java.util.List;
import org.dyad.model.Token;

/**
 * Chooses the sentences that get a dependency parse. An annotator first shows the filter the whole
 * article ({@link #seeing}), then asks once per sentence, in text order, with the filter that
 * returned, so a filter may use what the article is about and remember earlier sentences.
 */
@FunctionalInterface
public interface SentenceFilter {
    SentenceFilter ALL = tokens -> true;
    SentenceFilter NONE = tokens -> false;

    boolean test(List<Token> tokens);

    /** The filter to ask about this article's sentences, given all of them (tagged, not parsed). */
    default SentenceFilter seeing(List<List<Token>> sentences) {
        return this;
    }
}
