package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** When "ask" and "suggest" appeal and when they only question or state a view, on sentences written for it. */
class AppealReadingsTest {

    private static List<String> kept(String sentence) {
        Annotated a = Annotated.of(sentence);
        List<Trigger> found = new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0));
        return AppealReadings.withoutNonAppeals(a.tree(0), found).stream().map(t -> a.tree(0).lemma(t.token())).toList();
    }

    private static String codeOf(String sentence, String lemma) {
        Annotated a = Annotated.of(sentence);
        List<Trigger> found = new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0));
        return AppealReadings.withoutNonAppeals(a.tree(0), found).stream()
                .filter(t -> a.tree(0).lemma(t.token()).equals(lemma)).map(t -> t.pattern().cameo()).findFirst()
                .orElse("none");
    }

    @Test
    void tellingSomeoneToActAsksThemTo() {
        assertThat(codeOf("Britain told Iran to stop uranium enrichment.", "tell")).isEqualTo("020");
        assertThat(codeOf("The authority told the government not to compromise.", "tell")).isEqualTo("020");
        assertThat(codeOf("The minister told MPs that Russian troops had attacked the town.", "tell"))
                .as("a that-clause is reported").isEqualTo("010");
    }

    @Test
    void aQuestionAsksNobodyToAct() {
        assertThat(kept("Germany asked whether Russia would honour the deal.")).doesNotContain("ask");
        assertThat(kept("Germany asked how Russia would pay for the deal.")).doesNotContain("ask");
        assertThat(kept("Germany asked Russia to honour the deal.")).contains("ask");
        assertThat(kept("Germany asked Russia for help.")).contains("ask");
        assertThat(kept("The German minister was heard asking the Russian envoy if he was a spy.")).doesNotContain("ask");
    }

    @Test
    void aSuggestionThatStatesAViewIsNoAppeal() {
        assertThat(kept("Germany suggested that Russia would honour the deal.")).doesNotContain("suggest");
        assertThat(kept("Germany suggested that Russia should honour the deal.")).contains("suggest");
        assertThat(kept("Germany suggested talks with Russia.")).contains("suggest");
        assertThat(kept("When he was introducing the bill, Mr Schmidt suggested Parliament could decide in 2011."))
                .as("a view however the parser hangs it").doesNotContain("suggest");
        assertThat(kept("Lord Schmidt suggested Labour was avoiding news conferences in London.")).doesNotContain("suggest");
    }

    @Test
    void askingWithNothingAskedPutsTheQuotesQuestion() {
        assertThat(kept("\"Where is the money?\" the Danish minister asked on Radio Denmark.")).doesNotContain("ask");
        assertThat(kept("The Danish minister asked on Radio Denmark for calm.")).contains("ask");
    }

    @Test
    void anAppealAgainstARulingContestsItBeforeACourt() {
        assertThat(kept("The Greek protesters appealed against the ruling of the high court.")).doesNotContain("appeal");
        assertThat(kept("The firm lodged an appeal against the fine.")).doesNotContain("appeal");
        assertThat(kept("The Greek government appealed for calm.")).contains("appeal");
        assertThat(kept("The Greek government appealed to Turkey to release the sailors.")).contains("appeal");
    }

    @Test
    void encouragementFeltIsPraiseOfWhatEncouragesNotAnAppeal() {
        Annotated a = Annotated.of("The Security Council is encouraged by the decision of the Iraqi president.");
        List<Trigger> read = AppealReadings.withoutNonAppeals(a.tree(0), new TriggerFinder(Annotated.triggerDictionary())
                .find(a.tree(0)));
        Trigger encouraged = read.stream().filter(t -> a.tree(0).lemma(t.token()).equals("encourage")).findFirst().orElseThrow();
        assertThat(encouraged.pattern().cameo()).isEqualTo("051");
        assertThat(encouraged.pattern().sourceIsObject()).as("the encouraged welcome the decision's maker").isTrue();
        Annotated asked = Annotated.of("Iraqi refugees were encouraged by the Danish government to return home.");
        List<Trigger> appeal = AppealReadings.withoutNonAppeals(asked.tree(0),
                new TriggerFinder(Annotated.triggerDictionary()).find(asked.tree(0)));
        assertThat(appeal).extracting(t -> t.pattern().cameo()).contains("020");
    }
}
