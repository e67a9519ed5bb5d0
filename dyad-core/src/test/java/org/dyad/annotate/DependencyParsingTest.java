package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dyad's decoding must give CoreNLP's parses exactly, labels included. */
class DependencyParsingTest {
    private static final String TEXT = String.join(" ",
            "The convoy was attacked near Idlib on Tuesday by fighters loyal to Abu Mohammad al-Julani.",
            "Kazakhstan's foreign minister, Mukhtar Tileuberdi, said talks in Nur-Sultan would resume once "
                    + "both delegations had consulted their capitals, although he declined to say when.",
            "Protesters in Khartoum and Omdurman burned tyres, blocked roads and chanted slogans against "
                    + "the Transitional Military Council, which has ruled Sudan since April.",
            "Were the sanctions to be lifted?",
            "Zgharta-based militiamen, armed with Kalashnikovs and RPG-7s, were seen leaving the "
                    + "Qalamoun heights after the ceasefire brokered by Moscow and Ankara collapsed.",
            "Rain.");

    @Test
    void parsesAsCoreNlpDoes() {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        List<CoreMap> sentences = annotator.taggedSentences(TEXT);
        assertThat(sentences).hasSize(6);
        DependencyParsing.ArticleParser article = annotator.parser().forArticle();
        DependencyParser stock = DependencyParsing.stock(CoreNlpSettings.parsing());
        for (CoreMap sentence : sentences) {
            SemanticGraph ours = article.parse(sentence);
            SemanticGraph coreNlp = DependencyParsing.coreNlpParse(stock, sentence);
            assertThat(ours).isNotNull();
            assertThat(ours.typedDependencies()).hasSameElementsAs(coreNlp.typedDependencies());
            assertThat(ours.toList()).isEqualTo(coreNlp.toList());
        }
    }

    @Test
    void keptProductsChangeNoParse() {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        List<CoreMap> sentences = annotator.taggedSentences(TEXT);
        DependencyParsing.ArticleParser forward = annotator.parser().forArticle();
        List<String> inOrder = sentences.stream().map(s -> forward.parse(s).toList()).toList();
        DependencyParsing.ArticleParser backward = annotator.parser().forArticle();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            assertThat(backward.parse(sentences.get(i)).toList()).isEqualTo(inOrder.get(i));
        }
    }

    @Test
    void refinesPassiveSubjectsAsCoreNlpDoes() {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        CoreMap sentence = annotator.taggedSentences("The envoy was expelled by Ethiopia.").get(0);
        assertThat(annotator.parser().forArticle().parse(sentence).toList()).contains("nsubj:pass(expelled-4, envoy-2)");
    }
}
