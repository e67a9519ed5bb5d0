package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** A statement whose reported clause judges someone is that judgement, on sentences written for it. */
class ReportedEvaluationsTest {
    private final ReportedEvaluations evaluations = ReportedEvaluations.shipped();

    private Optional<ReportedEvaluations.Evaluation> judge(String text, String speechVerb) {
        Annotated a = Annotated.of(text);
        return evaluations.evaluate(a.tree(0), a.trigger(0, speechVerb), a.actors());
    }

    @Test
    void aNegativeJudgementOfTheClauseSubjectIsCriticismOfIt() {
        ReportedEvaluations.Evaluation e = judge("Germany said the Russian proposal was dangerous.", "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(e.trigger().pattern().origin()).startsWith("evaluations.tsv:");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void aPlaceWhereTheJudgedThingIsIsNotJudged() {
        assertThat(judge("A French aid group says the situation in western Sudan has become too dangerous.", "says"))
                .as("the situation is dangerous, Sudan is not criticised").isEmpty();
        ReportedEvaluations.Evaluation e = judge("Germany said the government in Khartoum was incompetent.", "said")
                .orElseThrow();
        assertThat(ArgumentFinderTest.countries(e.targets())).as("a government named by its seat").containsExactly("SDN");
    }

    @Test
    void lyingSomewhereIsNoFalsehood() {
        assertThat(judge("The Vatican says the Pope's body will lie in state at St. Peter's Basilica.", "says")).isEmpty();
        ReportedEvaluations.Evaluation e = judge("Germany said the Russian government lied about the attack.", "said")
                .orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("112");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void aClauseAsSubjectIsJudgedThroughItsOwnSubject() {
        ReportedEvaluations.Evaluation what = judge("Germany said what the French government had done was disgraceful.",
                "said").orElseThrow();
        assertThat(what.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(what.targets())).containsExactly("FRA");
        ReportedEvaluations.Evaluation how = judge("Germany said how Russia had handled the crisis was a shambles.",
                "said").orElseThrow();
        assertThat(ArgumentFinderTest.countries(how.targets())).containsExactly("RUS");
        assertThat(judge("Germany said what the voters wanted was wrong.", "said")).as("voters are nobody's code")
                .isEmpty();
    }

    @Test
    void aSpeechVerbConjoinedWithWhatIsSaidSaysMore() {
        // the parser hangs "believes" on what is said ("decided"), not on "says"
        ReportedEvaluations.Evaluation e = judge("Germany says the matter should be decided in Berlin and believes that "
                + "the French government is shirking its responsibility.", "says").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("FRA");
    }

    @Test
    void aFaultInTheObjectIsItsOwnersNotTheSubjects() {
        assertThat(judge("Germany said France would avoid the old parties' lies.", "said"))
                .as("who avoids the lies is not judged").isEmpty();
        ReportedEvaluations.Evaluation repeated = judge("Germany said France had repeated Russia's lies.", "said")
                .orElseThrow();
        assertThat(ArgumentFinderTest.countries(repeated.targets())).containsExactly("RUS");
        ReportedEvaluations.Evaluation own = judge("Germany said France had told its lies.", "said").orElseThrow();
        assertThat(ArgumentFinderTest.countries(own.targets())).as("a pronoun owner is the subject").containsExactly("FRA");
    }

    @Test
    void aNamingVerbWithAJudgementJudgesWhatItNames() {
        ReportedEvaluations.Evaluation called = judge("Germany called the Russian plan \"reckless\".", "called").orElseThrow();
        assertThat(called.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(called.targets())).containsExactly("RUS");
        ReportedEvaluations.Evaluation described = judge("Germany described the Russian plan as dangerous.", "described")
                .orElseThrow();
        assertThat(ArgumentFinderTest.countries(described.targets())).containsExactly("RUS");
        assertThat(judge("Germany called the Russian plan an opening.", "called")).as("no judgement word").isEmpty();
        ReportedEvaluations.Evaluation dismissed = judge("Germany dismissed the Russian plan as \"desperate\".",
                "dismissed").orElseThrow();
        assertThat(dismissed.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(dismissed.targets())).containsExactly("RUS");
        assertThat(judge("Germany dismissed the Russian claims as nonsense.", "dismissed")).as("a denial").isEmpty();
    }

    @Test
    void aNamingVerbsNounComplementIsJudgedByItsAdjectiveAlsoInThePassive() {
        ReportedEvaluations.Evaluation passive = judge("The Russian plan has been branded a \"disgraceful waste\" by "
                + "Germany.", "branded").orElseThrow();
        assertThat(passive.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(passive.targets())).containsExactly("RUS");
        ReportedEvaluations.Evaluation adjective = judge("Russia's plans have been branded \"deeply irresponsible\" by "
                + "Germany.", "branded").orElseThrow();
        assertThat(ArgumentFinderTest.countries(adjective.targets())).containsExactly("RUS");
        ReportedEvaluations.Evaluation active = judge("Germany branded the Russian plan a disgraceful waste.", "branded")
                .orElseThrow();
        assertThat(ArgumentFinderTest.countries(active.targets())).containsExactly("RUS");
        assertThat(judge("The Russian plan has been branded a new start by Germany.", "branded"))
                .as("no judgement word").isEmpty();
    }

    @Test
    void aClauseAfterButIsSaidTooAndADenialMakesNoJudgement() {
        ReportedEvaluations.Evaluation but = judge("Germany said the French bill would target some of the problems, but "
                + "French ministers had been \"a bit complacent\" about debt.", "said").orElseThrow();
        assertThat(but.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(but.targets())).containsExactly("FRA");
        assertThat(judge("Germany denied the French strategy was reckless.", "denied")).as("a judgement refused")
                .isEmpty();
    }

    @Test
    void aHyphenatedJudgementIsReadWhole() {
        // CoreNLP splits "ill-advised" into ill, -, advised and lemmatises the last part as "advise"
        ReportedEvaluations.Evaluation e = judge("Germany said the Russian decision was \"ill-advised\".", "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
        assertThat(judge("Germany said the Russian plan was well-advised.", "said")).isEmpty();
    }

    @Test
    void anAdjectiveTaggedAsAParticipleIsReadAsWritten() {
        // the tagger reads "flawed" in "was flawed" as a passive participle and lemmatises it "flaw"
        ReportedEvaluations.Evaluation e = judge("Germany said the Russian plan was flawed.", "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void aPartyNamedBeforeAJudgedNounOwnsIt() {
        ReportedEvaluations.Evaluation e = judge("\"This is typical of Russian hypocrisy,\" said the German minister.",
                "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
        assertThat(judge("\"This is typical of hypocrisy,\" said the German minister.", "said")).isEmpty();
    }

    @Test
    void breakingARuleIsAChargeOfWrongdoing() {
        ReportedEvaluations.Evaluation e = judge("Germany said Russia broke the rules of the treaty.", "said")
                .orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("112");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void aJudgementOfWrongdoingIsAnAccusation() {
        ReportedEvaluations.Evaluation e = judge("Ukraine said Russia had lied about the attack.", "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("112");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void aQuoteBeforeTheSpeechVerbIsItsReportedClause() {
        ReportedEvaluations.Evaluation e = judge("\"The French plan is courageous,\" Italy said.", "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("051");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("FRA");
    }

    @Test
    void anInvertedSpeakerAfterTheQuoteIsTheSource() {
        Annotated a = Annotated.of("Russia lied about the war, say the Ukrainians.");
        Arguments args = new ArgumentFinder(Annotated.cues()).find(a.tree(0), a.trigger(0, "say"), a.actors());
        assertThat(ArgumentFinderTest.countries(args.sources())).containsExactly("UKR");
        assertThat(args.targets()).isEmpty();
        ReportedEvaluations.Evaluation e = evaluations.evaluate(a.tree(0), a.trigger(0, "say"), a.actors()).orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("112");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void whatTheClausePredicatesCanCarryTheJudgement() {
        ReportedEvaluations.Evaluation e = judge("Germany said Russia had made a terrible blunder.", "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void anAdverbJudgesHowItWasDoneAndAnUnownedLawIsTheHomeGovernments() {
        Annotated a = Annotated.of("Britain's unions met in London. British officials said the UK economy grew. "
                + "British MPs said the new law was poorly drafted.");
        ReportedEvaluations.Evaluation e = evaluations.evaluate(a.tree(2), a.trigger(2, "said"), a.actors()).orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(e.targets()).extracting(m -> m.actor().code()).containsExactly("GBRGOV");
    }

    @Test
    void aNegatedJudgementOrAnUncodedSubjectLeavesTheStatement() {
        assertThat(judge("Germany said the Russian proposal was not dangerous.", "said")).isEmpty();
        assertThat(judge("Germany said the weather was dangerous.", "said")).isEmpty();
        assertThat(judge("Germany said the Russian proposal was interesting.", "said")).isEmpty();
    }

    @Test
    void anOpinionAboutSomeoneIsNoActTowardThem() {
        Annotated a = Annotated.of("Germany said Russia had spent more on defence. Germany told Russia it would wait.");
        Arguments about = new ArgumentFinder(Annotated.cues()).find(a.tree(0), a.trigger(0, "said"), a.actors());
        assertThat(ArgumentFinderTest.countries(about.targets())).containsExactly("RUS");
        assertThat(evaluations.onlyAboutTheReported(a.tree(0), a.trigger(0, "said"), about.targets())).isTrue();
        Arguments told = new ArgumentFinder(Annotated.cues()).find(a.tree(1), a.trigger(1, "told"), a.actors());
        assertThat(ArgumentFinderTest.countries(told.targets())).containsExactly("RUS");
        assertThat(evaluations.onlyAboutTheReported(a.tree(1), a.trigger(1, "told"), told.targets()))
                .as("an addressee outside the reported clause").isFalse();
    }

    @Test
    void onlyStatementsAreReadThisWay() {
        Annotated a = Annotated.of("Germany criticised Russia, which it said was dangerous.");
        assertThat(evaluations.evaluate(a.tree(0), a.trigger(0, "criticised"), a.actors())).isEmpty();
    }

    @Test
    void aJudgementLowerInTheClauseJudgesWhoseItIs() {
        ReportedEvaluations.Evaluation owned = judge("Germany said the plan was another example of Russia's reckless policy.",
                "said").orElseThrow();
        assertThat(owned.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(owned.targets())).containsExactly("RUS");
        ReportedEvaluations.Evaluation agent = judge("Germany said Russian rule had been marked by failure.", "said")
                .orElseThrow();
        assertThat(ArgumentFinderTest.countries(agent.targets())).containsExactly("RUS");
    }

    @Test
    void aLowerJudgementAcrossANegationAConditionOrAnotherSpeakerIsNone() {
        assertThat(judge("Germany said Russian rule had not been marked by failure.", "said")).isEmpty();
        assertThat(judge("Germany said talks would go on if Russia dropped its reckless policy.", "said")).isEmpty();
        assertThat(judge("Germany said Russia had complained of a reckless policy.", "said")).as("Russia's judgement")
                .isEmpty();
    }

    @Test
    void aChargeWordLowInTheClauseCountsOnlyAsWhatSomethingIsSaidToBe() {
        assertThat(judge("Germany said Russia's criminal courts would open in the spring.", "said")).isEmpty();
        assertThat(judge("Germany said Russia had passed the Criminal Justice Act.", "said")).isEmpty();
    }

    @Test
    void aPronounTheJudgedWordsOwnIsTheLastPersonNamed() {
        Annotated a = Annotated.of("Russian President Vladimir Putin spoke on Monday. "
                + "Germany said his pledges were worthless.");
        ReportedEvaluations.Evaluation e = evaluations.evaluate(a.tree(1), a.trigger(1, "said"), a.actors()).orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
    }

    @Test
    void aVerbWithItsObjectCanJudge() {
        ReportedEvaluations.Evaluation e = judge("Germany said Russia had broken its pledges.", "said").orElseThrow();
        assertThat(e.trigger().pattern().cameo()).isEqualTo("111");
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
        assertThat(judge("Germany said Russia had broken the ice.", "said")).isEmpty();
    }

    @Test
    void aJudgementUnderSomeonesWatchJudgesThem() {
        ReportedEvaluations.Evaluation e = judge("Germany said there was chaos under the Russian government.", "said")
                .orElseThrow();
        assertThat(ArgumentFinderTest.codes(e.targets())).containsExactly("RUSGOV");
        ReportedEvaluations.Evaluation relative = judge(
                "Germany said it would remove the inefficiencies which had grown under the Russian government.", "said")
                .orElseThrow();
        assertThat(ArgumentFinderTest.codes(relative.targets())).containsExactly("RUSGOV");
    }

    @Test
    void aClaimThatAnotherWillDoHarmJudgesThem() {
        ReportedEvaluations.Evaluation e = judge("Germany said the Russian government would have to raise taxes.", "said")
                .orElseThrow();
        assertThat(ArgumentFinderTest.codes(e.targets())).containsExactly("RUSGOV");
        ReportedEvaluations.Evaluation under = judge(
                "Germany said Russian voters faced higher taxes under the Russian government.", "said").orElseThrow();
        assertThat(ArgumentFinderTest.codes(under.targets())).as("whose doing, not who suffers it").containsExactly("RUSGOV");
    }

    @Test
    void whatAnotherFeelsOrSaysIsTheirJudgementButWhatWeSayIsOurs() {
        assertThat(judge("Germany said the Russian minister felt the Russian government had lost the trust of voters.",
                "said")).isEmpty();
        assertThat(judge("Germany said: \"This confirms what we have always said, that the Russian plan is dangerous.\"",
                "said")).isPresent();
    }

    @Test
    void excessJudgesButAlsoDoesNot() {
        ReportedEvaluations.Evaluation e = judge("Germany said Russia was acting too late.", "said").orElseThrow();
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
        assertThat(judge("Germany said Russia too would attend the summit.", "said")).as("'too' as 'also'").isEmpty();
    }

    @Test
    void aJudgedNounsByPhraseIsWhoseDoingItWas() {
        ReportedEvaluations.Evaluation e = judge("Germany said the poster was a big misjudgement by the Russian government.",
                "said").orElseThrow();
        assertThat(ArgumentFinderTest.codes(e.targets())).containsExactly("RUSGOV");
    }

    @Test
    void losingOthersTrustJudgesTheLoserButTrustLostInSomeoneDoesNot() {
        ReportedEvaluations.Evaluation e = judge("Germany said Russia had lost the trust of its neighbours.", "said")
                .orElseThrow();
        assertThat(ArgumentFinderTest.countries(e.targets())).containsExactly("RUS");
        assertThat(judge("Germany said Poland had lost confidence in Russia.", "said")).as("Poland is not judged").isEmpty();
    }

    @Test
    void theQuickTestSeesAVerbWithItsObject() {
        Annotated a = Annotated.of("Germany said Russia had lost the trust of its neighbours. Germany said Russia had lost.");
        assertThat(evaluations.mayJudge(a.article().sentences().get(0).tokens())).isTrue();
        assertThat(evaluations.mayJudge(a.article().sentences().get(1).tokens())).isFalse();
    }
}
