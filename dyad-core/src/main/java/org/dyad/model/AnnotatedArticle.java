package org.dyad.model;

import java.util.List;

/** A clean article with sentences, tokens and normalised entities from the annotator. */
public record AnnotatedArticle(CleanArticle article, List<AnnotatedSentence> sentences, List<Entity> entities) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    public String body() {
        return article.body();
    }
}
