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

    /** The entities of one type ("DATE", "MONEY") inside a sentence. */
    public List<Entity> entitiesIn(AnnotatedSentence s, String type) {
        return entities.stream().filter(e -> type.equals(e.type()) && e.start() >= s.start() && e.end() <= s.end())
                .toList();
    }
}
