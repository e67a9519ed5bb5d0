package org.dyad.annotate;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CleanArticle;

/** Stage 3: sentences, tokens, entities, and dependency parses for the sentences that need them. */
public interface Annotator {
    /**
     * @param needsParse decides, from a sentence's tagged tokens, whether it is worth parsing
     *                   (only sentences that can hold an event are: an actor and a trigger)
     */
    AnnotatedArticle annotate(CleanArticle article, SentenceFilter needsParse);
}
