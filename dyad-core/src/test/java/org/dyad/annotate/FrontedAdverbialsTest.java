package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.dyad.model.CleanArticle;
import org.junit.jupiter.api.Test;

/** An opening adverbial the parser swallowed the main clause into is parsed apart and joined. */
class FrontedAdverbialsTest {
    private static final String LOST = "To a packed audience at Gateshead's Sage Centre, Mr Brown accused shadow "
            + "chancellor Oliver Letwin of plotting cuts that were the equivalent of sacking every teacher.";

    private static CoreMap tagged(String text) {
        return CoreNlpAnnotator.shared().taggedSentences(text).get(0);
    }

    private static SemanticGraph parse(CoreMap sentence) {
        return CoreNlpAnnotator.shared().parser().forArticle().parse(sentence);
    }

    @Test
    void aRootLostInTheOpeningIsFoundAfterItsComma() {
        CoreMap s = tagged(LOST);
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph stock = parse(s);
        assertThat(stock.getFirstRoot().word()).as("the misparse this mends").isEqualTo("audience");
        int comma = FrontedAdverbials.brokenAt(labels, stock);
        assertThat(labels.get(comma - 1).word()).isEqualTo(",");
        SemanticGraph joined = FrontedAdverbials.joined(s, comma, FrontedAdverbialsTest::parse);
        assertThat(joined.getFirstRoot().word()).isEqualTo("accused");
        assertThat(joined.toList()).contains("nsubj(accused-13, Brown-12)", "obj(accused-13, Letwin-17)",
                "obl:to(accused-13, audience-4)", "case(audience-4, To-1)");
        assertThat(joined.vertexSet()).hasSize(labels.size());
    }

    @Test
    void aParseWithItsRootAfterTheOpeningStands() {
        CoreMap s = tagged("In a speech on Monday, the minister said the talks would resume.");
        assertThat(FrontedAdverbials.brokenAt(s.get(CoreAnnotations.TokensAnnotation.class), parse(s))).isZero();
    }

    @Test
    void theAnnotatorKeepsTheJoinedParse() {
        CleanArticle article = new CleanArticle("test", null, null, "2005-01-01", null, null, "en", LOST, List.of());
        var sentence = CoreNlpAnnotator.shared().annotate(article, SentenceFilter.ALL).sentences().get(0);
        var accused = sentence.tokens().stream().filter(t -> t.word().equals("accused")).findFirst().orElseThrow();
        assertThat(accused.head()).isZero();
    }
}
