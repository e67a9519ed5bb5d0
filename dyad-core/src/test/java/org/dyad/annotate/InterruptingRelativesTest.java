package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.dyad.model.CleanArticle;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** A relative clause the parser lost the main clause in is parsed apart from it and joined. */
class InterruptingRelativesTest {
    private static final String LOST = "Peter Nielson, who is the party's Scotland chairman, said he had suspended Mr Houston.";

    private static CoreMap tagged(String text) {
        return CoreNlpAnnotator.shared().taggedSentences(text).get(0);
    }

    private static SemanticGraph parse(CoreMap sentence) {
        return CoreNlpAnnotator.shared().parser().forArticle().parse(sentence);
    }

    private static List<CoreLabel> labels(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class);
    }

    @Test
    void theSubjectFindsItsVerbAfterTheRelativeClause() {
        CoreMap s = tagged(LOST);
        SemanticGraph stock = parse(s);
        assertThat(stock.getFirstRoot().word()).as("the misparse this mends").isEqualTo("Nielson");
        InterruptingRelatives.Span span = InterruptingRelatives.brokenAt(labels(s), stock);
        assertThat(span).isEqualTo(new InterruptingRelatives.Span(0, 2, 10));
        SemanticGraph joined = InterruptingRelatives.joined(s, span, InterruptingRelativesTest::parse);
        assertThat(joined.getFirstRoot().word()).isEqualTo("said");
        assertThat(joined.toList()).contains("nsubj(said-12, Nielson-2)", "ccomp(said-12, suspended-15)",
                "acl:relcl(Nielson-2, chairman-10)", "nsubj(chairman-10, who-4)", "punct(chairman-10, ,-11)");
        assertThat(joined.vertexSet()).hasSize(labels(s).size());
    }

    @Test
    void aVerbTheParserHungOnTheRelativeClauseBecomesTheRoot() {
        CoreMap s = tagged("Mr Hague, who stepped down after the election defeat, does not rule out a return.");
        InterruptingRelatives.Span span = InterruptingRelatives.brokenAt(labels(s), parse(s));
        SemanticGraph joined = InterruptingRelatives.joined(s, span, InterruptingRelativesTest::parse);
        assertThat(joined.getFirstRoot().word()).isEqualTo("rule");
        assertThat(joined.toList()).contains("nsubj(rule-14, Hague-2)", "acl:relcl(Hague-2, stepped-5)",
                "nsubj(stepped-5, who-4)");
    }

    @Test
    void dashesSetOffARelativeClauseAsCommasDo() {
        // the tagger reads "met" after the dash as a participle: the verb after the clause may be VBN
        CoreMap s = tagged("The minister - who was in Brussels on Monday - met his French counterpart.");
        InterruptingRelatives.Span span = InterruptingRelatives.brokenAt(labels(s), parse(s));
        assertThat(span).isEqualTo(new InterruptingRelatives.Span(0, 2, 9));
        SemanticGraph joined = InterruptingRelatives.joined(s, span, InterruptingRelativesTest::parse);
        assertThat(joined.getFirstRoot().word()).isEqualTo("met");
        assertThat(joined.toList()).contains("nsubj(met-11, minister-2)", "obj(met-11, counterpart-14)",
                "acl:relcl(minister-2, Brussels-7)");
    }

    @Test
    void aSubjectAfterButHasItsRelativeClauseToo() {
        CoreMap s = tagged("Cyprus is an EU member, but Turkey, which occupies northern Cyprus, had insisted it would "
                + "not recognise the country.");
        InterruptingRelatives.Span span = InterruptingRelatives.brokenAt(labels(s), parse(s));
        assertThat(span).isEqualTo(new InterruptingRelatives.Span(7, 8, 13));
        SemanticGraph joined = InterruptingRelatives.joined(s, span, InterruptingRelativesTest::parse);
        assertThat(joined.toList()).contains("nsubj(insisted-16, Turkey-8)", "acl:relcl(Turkey-8, occupies-11)",
                "nsubj(occupies-11, which-10)");
    }

    @Test
    void aParseThatFoundTheSubjectsVerbStands() {
        CoreMap s = tagged("Mr Clarke, who will unveil his plans on Monday, said migration helped the UK.");
        assertThat(InterruptingRelatives.brokenAt(labels(s), parse(s))).isNull();
        CoreMap noRelative = tagged("Mr Clarke, the home secretary, said migration helped the UK.");
        assertThat(InterruptingRelatives.brokenAt(labels(noRelative), parse(noRelative))).isNull();
    }

    @Test
    void theAnnotatorKeepsTheJoinedParse() {
        String text = "Lord Woolf, who is Lord Chief Justice, was giving evidence to the committee.";
        CleanArticle article = new CleanArticle("test", null, null, "2005-01-01", null, null, "en", text, List.of());
        List<Token> tokens = CoreNlpAnnotator.shared().annotate(article, SentenceFilter.ALL).sentences().get(0).tokens();
        Token giving = tokens.stream().filter(t -> t.word().equals("giving")).findFirst().orElseThrow();
        Token woolf = tokens.stream().filter(t -> t.word().equals("Woolf")).findFirst().orElseThrow();
        assertThat(giving.head()).isZero();
        assertThat(woolf.head()).isEqualTo(giving.index());
        assertThat(woolf.relation()).isEqualTo("nsubj");
    }
}
