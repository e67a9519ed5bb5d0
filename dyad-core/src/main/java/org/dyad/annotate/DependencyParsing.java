package org.dyad.annotate;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser called directly rather than through its pipeline annotator:
 * the annotator turns every parse into five graphs (basic, collapsed, CC-processed, enhanced,
 * enhanced++), and Dyad reads only the basic one; building the other four cost about as much
 * as the parse itself. The transitions are chosen by {@link GreedyDecoder} over
 * {@link ParserNetwork}, which give CoreNLP's parses in a fraction of its time; the tree is then
 * built as CoreNLP's {@code predict} builds it. Thread-safe: nothing here changes after loading.
 */
final class DependencyParsing {
    private final GreedyDecoder decoder;
    private final int maxTokens;

    DependencyParsing(Properties settings) {
        this.decoder = new GreedyDecoder(withoutPrecomputedProducts(settings), stockPrecomputedCount());
        this.maxTokens = Integer.parseInt(settings.getProperty("depparse.maxlen", "120"));
    }

    /** CoreNLP's parser as its pipeline loads it, products precomputed: for tests that compare with it. */
    static DependencyParser stock(Properties settings) {
        return DependencyParser.loadFromModelFile(model(settings), new Properties());
    }

    private static String model(Properties settings) {
        return settings.getProperty("depparse.model", DependencyParser.DEFAULT_MODEL);
    }

    /** How many products CoreNLP's pipeline precomputes when not told otherwise (its default, 20,000). */
    static int stockPrecomputedCount() {
        return new Config(new Properties()).numPreComputed;
    }

    /** CoreNLP's parser without its precomputed products: {@link ParserNetwork} works each out when first needed. */
    static DependencyParser withoutPrecomputedProducts(Properties settings) {
        Properties p = new Properties();
        p.setProperty("numPreComputed", "0");
        return DependencyParser.loadFromModelFile(model(settings), p);
    }

    /** A parser for one article's sentences, used by one thread (it keeps work between sentences). */
    ArticleParser forArticle() {
        return new ArticleParser(decoder.forArticle());
    }

    final class ArticleParser {
        private final ParserNetwork.ArticleScorer scorer;

        private ArticleParser(ParserNetwork.ArticleScorer scorer) {
            this.scorer = scorer;
        }

        /** The basic UD dependencies of a tagged sentence, or null when it is too long or the parser fails. */
        SemanticGraph parse(CoreMap sentence) {
            if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens) {
                return null;
            }
            try {
                return basic(structure(sentence, decoder.decode(sentence, scorer)));
            } catch (RuntimeException e) {
                return null; // one unparsable sentence loses its events, not the article
            }
        }
    }

    /** A stock parser's own parse of the sentence, for tests that check {@link #parse} against it. */
    static SemanticGraph coreNlpParse(DependencyParser stock, CoreMap sentence) {
        return basic(stock.predict(sentence));
    }

    private static SemanticGraph basic(GrammaticalStructure gs) {
        return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
    }

    /**
     * The arcs as a UD grammatical structure, built as CoreNLP's parser builds it: its constructor
     * also refines some labels (a subject with a passive auxiliary becomes nsubj:pass).
     */
    private static GrammaticalStructure structure(CoreMap sentence, GreedyDecoder.Arcs arcs) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>();
        for (int i = 1; i < arcs.heads().length; i++) {
            int head = arcs.heads()[i];
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(arcs.labels()[i]);
            dependencies.add(new TypedDependency(relation, headWord, new IndexedWord(tokens.get(i - 1))));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }
}
