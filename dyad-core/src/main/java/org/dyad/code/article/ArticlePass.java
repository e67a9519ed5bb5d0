package org.dyad.code.article;

import java.util.List;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.draft.EventDraft;
import org.dyad.model.AnnotatedArticle;

/**
 * One article-level pass over the drafts coded sentence by sentence: it reads context beyond one
 * sentence and returns the drafts it keeps, changed or added, in order. It never changes a draft
 * it is given (drafts are immutable), so passes chain like Lucene's token filters.
 */
public interface ArticlePass {

    /** A short name for the event's rule and for warnings when the pass fails. */
    String name();

    List<EventDraft> apply(AnnotatedArticle article, ArticleActors actors, List<EventDraft> drafts);
}
