package org.dyad.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.dyad.annotate.CoreNlpSettings;
import org.dyad.annotate.DocumentDate;
import org.dyad.model.CleanArticle;

/**
 * CoreNLP's stock English pipeline with the dependency parser, every document annotated whole by
 * one shared pipeline: what a user of plain CoreNLP would run to get what Dyad gets.
 */
public final class StockCoreNlpWorkload implements Workload {
    private final StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpSettings.stockWithParser());

    @Override
    public String name() {
        return "stock";
    }

    @Override
    public boolean codesEvents() {
        return false;
    }

    @Override
    public Counts process(CleanArticle article) {
        Annotation doc = new Annotation(article.body());
        // the same date anchor Dyad gives SUTime, so both do the same normalisation work
        String anchor = DocumentDate.anchor(article);
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor);
        }
        pipeline.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        long parsed = sentences.stream().filter(StockCoreNlpWorkload::hasParse).count();
        return new Counts(sentences.size(), parsed, 0);
    }

    /**
     * CoreNLP keeps every annotator it builds in a JVM-wide pool, so without this the stock NER
     * models (~1.5 GB) would stay in the heap and slow down and inflate whatever runs next.
     */
    @Override
    public void close() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    private static boolean hasParse(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        return g != null && !g.isEmpty();
    }
}
