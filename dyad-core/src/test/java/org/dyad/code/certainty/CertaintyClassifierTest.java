package org.dyad.code.certainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.dyad.model.Certainty;
import org.junit.jupiter.api.Test;

/** Each certainty label and attribution, on sentences written for them. */
class CertaintyClassifierTest {
    private final CertaintyClassifier classifier = new CertaintyClassifier(Annotated.cues());

    private CertaintyClassifier.Verdict verdict(Annotated a, int sentence, String trigger) {
        return classifier.classify(a.tree(sentence), a.trigger(sentence, trigger), a.actors());
    }

    private Certainty certainty(String sentence, String trigger) {
        return verdict(Annotated.of(sentence), 0, trigger).certainty();
    }

    @Test
    void aPlainStatementIsAsserted() {
        CertaintyClassifier.Verdict v = verdict(Annotated.of("Russia attacked Ukraine on Tuesday."), 0, "attacked");
        assertThat(v.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(v.attributedTo()).isNull();
    }

    @Test
    void reportedSpeechNamesItsSpeaker() {
        CertaintyClassifier.Verdict v = verdict(Annotated.of(
                "Ukrainian President Volodymyr Zelensky said that Russia attacked Kharkiv."), 0, "attacked");
        assertThat(v.certainty()).isEqualTo(Certainty.REPORTED);
        assertThat(v.attributedTo().text()).isEqualTo("Volodymyr Zelensky");
        assertThat(v.attributedTo().code()).startsWith("UKR");
    }

    @Test
    void anActIsToldWhenSomeoneSaysItNamedOrNot() {
        CertaintyClassifier.Verdict unnamed = verdict(Annotated.of(
                "The president will visit Senegal next week, diplomatic sources said."), 0, "visit");
        assertThat(unnamed.certainty()).isEqualTo(Certainty.INTENDED);
        assertThat(unnamed.told()).as("an aside of speech, no speaker resolved").isTrue();
        assertThat(verdict(Annotated.of("Officials said the minister would meet the rebels."), 0, "meet").told()).isTrue();
        assertThat(verdict(Annotated.of("According to the ministry, Chad will expel the diplomats."), 0, "expel").told())
                .isTrue();
        CertaintyClassifier.Verdict own = verdict(Annotated.of("Jack Straw is to visit Thailand this week."), 0, "visit");
        assertThat(own.certainty()).isEqualTo(Certainty.INTENDED);
        assertThat(own.told()).as("the journalist's own words").isFalse();
    }

    @Test
    void aClauseOpenedByWhileOrAfterTellsItsOwnNews() {
        CertaintyClassifier.Verdict v = verdict(Annotated.of(
                "The Tories criticised the plan, while the Liberal Democrats said it was misdirected."), 0, "criticised");
        assertThat(v.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(v.attributedTo()).isNull();
        CertaintyClassifier.Verdict after = verdict(Annotated.of(
                "The minister apologised to MPs after the Home Office said the review was premature."), 0, "apologised");
        assertThat(after.attributedTo()).isNull();
        CertaintyClassifier.Verdict as = verdict(Annotated.of(
                "Russia will expel the diplomats, as the foreign minister said on Monday."), 0, "expel");
        assertThat(as.told()).as("'as X said' tells the main clause").isTrue();
    }

    @Test
    void whatTheSpeakerIsDoingIsNotWhatIsSaid() {
        CertaintyClassifier.Verdict v = verdict(Annotated.of(
                "Jack Straw, visiting Beijing, noted that arms embargoes applied to Burma."), 0, "visiting");
        assertThat(v.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(v.told()).isFalse();
    }

    @Test
    void whatAReportOrAllegationSaysIsHedgedAndDeniedItIsNegated() {
        assertThat(certainty("There were reports that Israeli jets struck an Iranian convoy.", "struck"))
                .isEqualTo(Certainty.HEDGED);
        assertThat(certainty("British officials denied a report that London is urging the United States to act.", "urging"))
                .isEqualTo(Certainty.NEGATED);
        assertThat(certainty("The report that Israel released on Monday criticised Iran.", "criticised"))
                .as("a relative clause is no claim").isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void anActAsSubjectSharesOnlyAVerbThatSaysWhetherItHappens() {
        assertThat(certainty("The American demand that Sudan release the prisoners had not changed.", "demand"))
                .isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("The planned visit by the Iranian president to Turkey did not take place.", "visit"))
                .isEqualTo(Certainty.NEGATED);
        assertThat(certainty("Talks between Iran and Iraq will begin on Monday.", "Talks")).isEqualTo(Certainty.INTENDED);
    }

    @Test
    void whatSomeoneIsToDoIsArranged() {
        assertThat(certainty("Condoleezza Rice is to travel to Britain next week.", "travel")).isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Iran's foreign minister is to meet his Turkish counterpart.", "meet"))
                .isEqualTo(Certainty.INTENDED);
        assertThat(certainty("The aim is to meet the Turkish minister.", "meet")).isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Iran's foreign minister is meeting his Turkish counterpart.", "meeting"))
                .isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void refusingGovernsWhatIsRefusedNotTheVerbConjoinedToIt() {
        assertThat(certainty("Hamas refuses to recognize Israel and has vowed to fight on.", "vowed"))
                .isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("Hamas refuses to recognize Israel and has vowed to fight on.", "recognize"))
                .isEqualTo(Certainty.NEGATED);
    }

    @Test
    void accordingToAttributes() {
        CertaintyClassifier.Verdict v = verdict(Annotated.of("According to Ukraine, Russia attacked Kharkiv."), 0, "attacked");
        assertThat(v.certainty()).isEqualTo(Certainty.REPORTED);
        assertThat(v.attributedTo().code()).startsWith("UKR");
    }

    @Test
    void anAttemptAtForceIsTheActAnAttemptAtAnythingElseAnIntention() {
        assertThat(certainty("Iraqi forces attempted to seize the hospital from Islamic State fighters.", "seize"))
                .isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("Rebels tried to storm the Iraqi parliament.", "storm")).isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("Rebels will try to storm the Iraqi parliament.", "storm")).isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Egypt tried to mediate between Israel and Hamas.", "mediate")).isEqualTo(Certainty.INTENDED);
    }

    @Test
    void hedgesWeakenTheClaim() {
        assertThat(certainty("Syria reportedly attacked Israeli positions.", "attacked")).isEqualTo(Certainty.HEDGED);
        assertThat(certainty("Russia may attack Ukraine.", "attack")).isEqualTo(Certainty.HEDGED);
        assertThat(certainty("Russia could attack Ukraine.", "attack")).isEqualTo(Certainty.HEDGED);
        assertThat(certainty("Analysts believe that Russia attacked Ukraine.", "attacked")).isEqualTo(Certainty.HEDGED);
    }

    @Test
    void aHedgeVerbWithAComplementOfItsOwnIsNoAside() {
        assertThat(certainty("Ethiopia sent the troops earlier this month after Islamic militias that control much "
                + "of southern Somalia appeared to be moving on the government's base of Baidoa.", "sent"))
                .isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("Syria attacked Israeli positions, it appears.", "attacked")).isEqualTo(Certainty.HEDGED);
    }

    @Test
    void canStatesAbilityNotDoubt() {
        assertThat(certainty("Russia can attack Ukraine from the north.", "attack")).isNotEqualTo(Certainty.HEDGED);
    }

    @Test
    void intentionsAreIntended() {
        assertThat(certainty("Turkey plans to visit Egypt.", "visit")).isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Russia will sign a deal with Iran.", "sign")).isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Kenya offered to host a meeting between the two generals.", "host"))
                .as("an offer is not yet done").isEqualTo(Certainty.INTENDED);
    }

    @Test
    void conditionsAndWouldAreHypothetical() {
        assertThat(certainty("If Russia attacks Ukraine, Europe will respond.", "attacks")).isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("Russia would attack Ukraine.", "attack")).isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("Talks with Croatia begin only if the country cooperates with the tribunal.", "Talks"))
                .as("a condition on the act").isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("Iran threatened to launch an offensive unless Baghdad accepted its conditions.", "launch"))
                .as("a conditional threat is still a threat").isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Talks will begin only if the country cooperates with the tribunal.", "Talks"))
                .as("a future that hangs on a condition").isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("The minister hopes to sign a deal with Russia if the Kremlin agrees.", "sign"))
                .isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("The party will boycott the elections unless the president steps down.", "boycott"))
                .as("a coercive act promised on another's act is a threat").isEqualTo(Certainty.INTENDED);
        assertThat(certainty("The EU may halt aid if the junta refuses.", "halt"))
                .as("'may' states no intention").isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("Livingstone asked Finegold if he was a war criminal.", "asked"))
                .as("an if-question is no condition").isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("The regime must comply with the resolution.", "comply")).as("an obligation is not yet done")
                .isEqualTo(Certainty.HYPOTHETICAL);
    }

    @Test
    void wouldInReportedSpeechIsTheSpeakersWill() {
        assertThat(certainty("Syria said it would shoot down Turkish aircraft.", "shoot")).isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Syria condemned the raid and said it would shoot down Turkish jets.", "shoot"))
                .as("the speech verb is a conjunct").isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Syria said it would retaliate if Turkey attacked.", "retaliate"))
                .as("a coercive act on a condition is a threat").isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Syria said it would sign the accord if Turkey withdrew.", "sign"))
                .as("a cooperative act on a condition stays hypothetical").isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("Analysts fear Syria would retaliate.", "retaliate")).as("no speech")
                .isEqualTo(Certainty.HYPOTHETICAL);
        assertThat(certainty("A Labour spokesman said: \"The Liberal Democrats would restrict access to universities.\"",
                "restrict")).as("direct speech keeps its modal").isEqualTo(Certainty.HYPOTHETICAL);
    }

    @Test
    void aRelativeClauseIsNotGovernedByItsNounsClause() {
        assertThat(certainty("Erdogan, who brokered the deal with the United Nations, is expected to visit Moscow.",
                "brokered")).isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("Erdogan, who brokered the deal with the United Nations, is expected to visit Moscow.",
                "visit")).isEqualTo(Certainty.INTENDED);
        assertThat(certainty("Officials said the man who attacked the embassy was arrested.", "attacked"))
                .as("speech still reports it").isEqualTo(Certainty.REPORTED);
    }

    @Test
    void anActSomeoneIsAccusedOfIsAlleged() {
        assertThat(certainty("Iran accused Israel of bombing the embassy.", "bombing")).isEqualTo(Certainty.HEDGED);
        assertThat(certainty("Iran accused Israel of bombing the embassy.", "accused")).isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("Iran thanked Russia for attacking the rebels.", "attacking")).isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("The court charged two Hamas leaders with attacking the embassy.", "attacking"))
                .isEqualTo(Certainty.HEDGED);
    }

    @Test
    void negationsAreNegated() {
        assertThat(certainty("China did not meet with Japanese officials.", "meet")).isEqualTo(Certainty.NEGATED);
        assertThat(certainty("Iran refused to negotiate with the United States.", "negotiate")).isEqualTo(Certainty.NEGATED);
        assertThat(certainty("No country attacked Iran.", "attacked")).isEqualTo(Certainty.NEGATED);
        assertThat(certainty("The party was blamed for its failure to crack down on extremists.", "crack"))
                .as("the noun of a negative verb").isEqualTo(Certainty.NEGATED);
        assertThat(certainty("The junta has not allowed the party to rule and has detained its leader.", "detained"))
                .as("a conjunct with its own auxiliary keeps its own mood").isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("China did not meet or talk with Japanese officials.", "talk"))
                .as("one that shares the auxiliary shares the negation").isEqualTo(Certainty.NEGATED);
        assertThat(certainty("The opposition resisted pressure to boycott the election.", "boycott"))
                .as("what is resisted is not done").isEqualTo(Certainty.NEGATED);
    }

    @Test
    void theStrongestReasonWins() {
        assertThat(certainty("Russia said it would not attack Ukraine.", "attack")).as("negated beats hypothetical and reported")
                .isEqualTo(Certainty.NEGATED);
    }

    @Test
    void putItIsSpeechButPutIsNot() {
        Annotated a = Annotated.of("Ambassador Kazem Jalali of Iran put it plainly: Iran wants to attack Israel. "
                + "Iran put troops on alert to attack Israel.");
        assertThat(verdict(a, 0, "attack").attributedTo()).as("put it …: a speaker").isNotNull();
        assertThat(verdict(a, 1, "attack").attributedTo()).as("put troops: no speech").isNull();
        assertThat(verdict(a, 1, "attack").certainty()).isNotEqualTo(Certainty.REPORTED);
    }

    @Test
    void aParticipleOfSpeakingIsTheActorsOwnWordsNoTeller() {
        assertThat(certainty("Speaking on state television, Iran condemned the attack.", "condemned"))
                .isEqualTo(Certainty.ASSERTED);
        assertThat(certainty("Iran condemned the attack, officials said.", "condemned")).isEqualTo(Certainty.REPORTED);
    }
}
