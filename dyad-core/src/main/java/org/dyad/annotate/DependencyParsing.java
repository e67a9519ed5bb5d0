package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser called directly rather than through its pipeline annotator:
 * the annotator turns every parse into five graphs (basic, collapsed, CC-processed, enhanced,
 * enhanced++), and Dyad reads only the basic one; building the other four cost about as much
 * as the parse itself. Thread-safe: CoreNLP's annotator shares one parser across threads too.
 */
final class DependencyParsing {
    private final DependencyParser parser;
    private final int maxTokens;

    /**
     * No cache for the feature products the parser has not precomputed. CoreNLP keeps them in one
     * synchronised LRU map of 5,000 entries shared by every thread; news text misses it so often
     * that its upkeep (puts, evictions, lock) took a third of all CPU time in a profile of
     * {@code dyad extract}, more than computing the products again. Without it, 450 BBC articles
     * take about 8% less time; the parses are byte-identical (the products are the same floats).
     */
    static final String NO_CACHE = "0";

    DependencyParsing(Properties settings) {
        Properties parser = new Properties();
        parser.setProperty("numCached", NO_CACHE);
        this.parser = DependencyParser.loadFromModelFile(
                settings.getProperty("depparse.model", DependencyParser.DEFAULT_MODEL), parser);
        this.maxTokens = Integer.parseInt(settings.getProperty("depparse.maxlen", "120"));
    }

    /** The basic UD dependencies of a tagged sentence, or null when it is too long or the parser fails. */
    SemanticGraph parse(CoreMap sentence) {
        if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens) {
            return null;
        }
        try {
            GrammaticalStructure gs = parser.predict(sentence);
            return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                    GrammaticalStructure.Extras.NONE, null);
        } catch (RuntimeException e) {
            return null; // one unparsable sentence loses its events, not the article
        }
    }
}
