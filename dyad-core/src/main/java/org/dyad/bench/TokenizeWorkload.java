package org.dyad.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.model.CleanArticle;

/** Tokenize and sentence-split only, with Dyad's settings: the floor every other figure sits on. */
public final class TokenizeWorkload implements Workload {
    private final StanfordCoreNLP pipeline = CoreNlpAnnotator.tokenizeOnly();

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public boolean codesEvents() {
        return false;
    }

    @Override
    public Counts process(CleanArticle article) {
        Annotation doc = new Annotation(article.body());
        pipeline.annotate(doc);
        return new Counts(doc.get(CoreAnnotations.SentencesAnnotation.class).size(), 0, 0);
    }
}
