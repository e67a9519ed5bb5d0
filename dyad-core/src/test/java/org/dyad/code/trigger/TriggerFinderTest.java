package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.dyad.code.actor.ActsNamedLikeBodies;
import org.junit.jupiter.api.Test;

/** TriggerFinder's verb and noun patterns and their conditions, on sentences written for them. */
class TriggerFinderTest {

    private static List<String> codes(Annotated a, int sentence) {
        return a.triggers(sentence).stream().map(t -> t.pattern().cameo()).toList();
    }

    @Test
    void aVerbPatternMakesAVerbTrigger() {
        Annotated a = Annotated.of("Russian troops attacked Ukrainian villages.");
        Trigger t = a.trigger("attacked");
        assertThat(t.verb()).isTrue();
        assertThat(t.pattern().cameo()).isEqualTo("190");
        assertThat(t.pattern().origin()).startsWith("triggers.tsv:");
    }

    @Test
    void aNounPatternMakesANounTrigger() {
        Annotated a = Annotated.of("The sanctions against Iran hurt its economy.");
        Trigger t = a.trigger("sanctions");
        assertThat(t.verb()).isFalse();
        assertThat(t.pattern().cameo()).startsWith("16");
    }

    @Test
    void onlyAForceWithdrawnOrAWithdrawalWithNoObjectIsARetreat() {
        Annotated a = Annotated.of("Israel withdrew from Gaza. Russia withdrew two battalions from the border. "
                + "The party withdrew two posters. The firm withdrew the drug.");
        assertThat(codes(a, 0)).containsExactly("0874");
        assertThat(codes(a, 1)).containsExactly("0874");
        assertThat(codes(a, 2)).isEmpty();
        assertThat(codes(a, 3)).isEmpty();
    }

    @Test
    void aVerbsOwnObjectGivesItsSenseBeforeItsComplementsObject() {
        Annotated a = Annotated.of("Qatar decided to suspend relations with Israel to protest its offensive in Gaza. "
                + "Russia began to withdraw troops. The FAO urged the WTO to conclude negotiations.");
        assertThat(a.trigger("suspend").pattern().cameo()).as("relations suspended, no offensive halted")
                .startsWith("16");
        assertThat(a.trigger(1, "withdraw").pattern().cameo()).isEqualTo("0874");
        assertThat(a.trigger(2, "urged").pattern().cameo()).as("the act asked for still gives an appeal its sense")
                .isEqualTo("026");
    }

    @Test
    void aVehicleThatStrikesABombIsHitAndAttacksNobody() {
        Annotated a = Annotated.of("Their armored vehicle struck a roadside bomb. Russian jets struck the town.");
        assertThat(codes(a, 0)).doesNotContain("190");
        assertThat(codes(a, 1)).contains("190");
    }

    @Test
    void onlyTalksNegotiateSingularTalkIsSpeech() {
        Annotated a = Annotated.of("This was more talk from the French president. The French president held talks "
                + "with Germany.");
        assertThat(codes(a, 0)).doesNotContain("046");
        assertThat(codes(a, 1)).contains("046");
    }

    @Test
    void whatAComplementDoesIsPartOfWhatIsWelcomed() {
        Annotated a = Annotated.of("The UK welcomed the decision by India and Pakistan to open a bus link across the "
                + "ceasefire line.");
        assertThat(codes(a, 0)).containsExactly("051");
    }

    @Test
    void opposingIsDisapprovalAndOpposingMediationARejection() {
        Annotated a = Annotated.of("The Danish opposition opposed the plans. Serbia opposed mediation by Russia.");
        // the finder also offers the noun "opposition" (110); the coder keeps it only where it names the act
        assertThat(a.triggers(0).stream().filter(t -> t.verb() || !ActsNamedLikeBodies.namesTheParty(
                a.tree(0).sentence().tokens(), t.token()))).extracting(t -> t.pattern().cameo()).containsExactly("110");
        assertThat(codes(a, 1)).contains("126");
    }

    @Test
    void warningSomeoneAboutDangersAppealsAndConvictingCoerces() {
        Annotated a = Annotated.of("Danish MPs warned the minister about the dangers of disunity. "
                + "A Danish court convicted the Swedish pilot.");
        assertThat(codes(a, 0)).containsExactly("020");
        assertThat(codes(a, 1)).containsExactly("173");
    }

    @Test
    void dismissingSomeoneAsSomethingJudgesThemButDismissingAClaimDeniesIt() {
        Annotated a = Annotated.of("The Danish premier dismissed the Swedish party as a fading force. "
                + "The Danish premier dismissed the Swedish claims as nonsense. "
                + "The Danish premier dismissed the Swedish proposal.");
        assertThat(codes(a, 0)).containsExactly("111");
        assertThat(codes(a, 1)).containsExactly("016");
        assertThat(codes(a, 2)).containsExactly("120");
    }

    @Test
    void beatingAndAbuseAreOfPeople() {
        Annotated a = Annotated.of("Danish police beat the protesters. The Danish party beat the Tories. "
                + "Danish guards abused the prisoners. The Danish firm abused its dominant position.");
        assertThat(codes(a, 0)).containsExactly("182");
        assertThat(codes(a, 1)).isEmpty();
        assertThat(codes(a, 2)).containsExactly("182");
        assertThat(codes(a, 3)).isEmpty();
    }

    @Test
    void meetingAReceptionIsNoMeeting() {
        Annotated a = Annotated.of("His words met a cool reception from the Danish premier. "
                + "The Swedish premier met the Danish premier.");
        assertThat(codes(a, 0)).isEmpty();
        assertThat(codes(a, 1)).containsExactly("040");
    }

    @Test
    void givingInHasNoObject() {
        Annotated a = Annotated.of("The Dutch government gave in to the demands. Dutch MPs gave their answers in interviews.");
        assertThat(codes(a, 0)).as("the demands are a trigger of their own (100)").contains("080");
        assertThat(codes(a, 1)).doesNotContain("080");
    }

    @Test
    void aRequiredObjectPicksTheReadingAndItsAbsenceNone() {
        Annotated a = Annotated.of("The European Union lifted the embargo on Iran. The workers lifted the boxes.");
        assertThat(a.trigger(0, "lifted").pattern().cameo()).isEqualTo("085");
        assertThat(a.triggers(1)).as("bare 'lift' is no event").isEmpty();
    }

    @Test
    void anObjectThatOnlyMeasuresStandsForWhatItMeasures() {
        Annotated a = Annotated.of("The European Union gave Chad 5.1 million dollars of aid. "
                + "Swiss doctors handed over 700 kg of medicine to the Red Crescent. "
                + "Japan sent millions of dollars in aid. The company sent 500 tons of steel to Chad.");
        assertThat(a.trigger(0, "gave").pattern().cameo()).isEqualTo("070");
        assertThat(a.trigger(1, "handed").pattern().cameo()).isEqualTo("073");
        assertThat(a.trigger(2, "sent").pattern().cameo()).as("the in-phrase on the verb").isEqualTo("070");
        assertThat(a.triggers(3)).as("steel is no aid").isEmpty();
    }

    @Test
    void leavingABodyOrATreatyReducesRelationsAndLeavingAPlaceIsARetreat() {
        Annotated a = Annotated.of("Hungary withdrew from the bloc. Russia withdrew from the treaty. "
                + "The rebels withdrew from the town.");
        assertThat(a.trigger(0, "withdrew").pattern().cameo()).isEqualTo("160");
        assertThat(a.trigger(1, "withdrew").pattern().cameo()).isEqualTo("160");
        assertThat(a.trigger(2, "withdrew").pattern().cameo()).isEqualTo("0874");
    }

    @Test
    void chargingSomeoneIsALegalActAndChargingThroughAPlaceIsNot() {
        Annotated a = Annotated.of("Kenyan police charged five activists. Two men were charged with espionage. "
                + "The protesters charged through the village.");
        assertThat(a.trigger(0, "charged").pattern().cameo()).isEqualTo("173");
        assertThat(a.trigger(1, "charged").pattern().cameo()).isEqualTo("173");
        assertThat(codes(a, 2)).doesNotContain("173");
    }

    @Test
    void capturingPeopleArrestsThemAndCapturingMaterielSeizesIt() {
        Annotated a = Annotated.of("Kurdish forces captured three Islamic State commanders. "
                + "Islamic State captured tanks and other equipment near Palmyra.");
        assertThat(a.trigger(0, "captured").pattern().cameo()).isEqualTo("173");
        assertThat(a.trigger(1, "captured").pattern().cameo()).isEqualTo("1711");
    }

    @Test
    void aParticipleOnANounActsOnThatNoun() {
        Annotated a = Annotated.of("Diplomats read a report released on Monday by a Washington group.");
        assertThat(codes(a, 0)).as("publishing a report releases nobody").doesNotContain("084");
    }

    @Test
    void aHungerStrikeIsAProtestAndAStrikeIsForce() {
        Annotated a = Annotated.of("Activists launched a hunger strike. Israel launched a strike on Gaza.");
        assertThat(a.trigger(0, "launched").pattern().cameo()).isEqualTo("142");
        assertThat(a.trigger(1, "launched").pattern().cameo()).isEqualTo("190");
    }

    @Test
    void askingQuestionsAppealsToNoOne() {
        Annotated a = Annotated.of("Reporters asked the minister questions. Iran asked Russia to mediate.");
        assertThat(codes(a, 0)).doesNotContain("020");
        assertThat(a.trigger(1, "asked").pattern().cameo()).isEqualTo("020");
    }

    @Test
    void aNounsParticleIsItsOwnPhrase() {
        Annotated a = Annotated.of("The United Nations renewed its calls for talks with Iran. "
                + "Washington stepped up pressure on Tehran. Economic pressure hurt the farmers.");
        assertThat(a.trigger(0, "calls").pattern().cameo()).isEqualTo("026");
        assertThat(a.trigger(1, "pressure").pattern().cameo()).isEqualTo("100");
        assertThat(codes(a, 2)).as("pressure on no one").doesNotContain("100");
    }

    @Test
    void aNamedObjectIsAClassOfObject() {
        Annotated a = Annotated.of("The president welcomed the Iranian foreign minister. The opposition welcomed his apology. "
                + "Putin called Erdogan on Tuesday. The minister called the plan a mistake.");
        assertThat(a.trigger(0, "welcomed").pattern().cameo()).as("hosting a visitor").isEqualTo("043");
        assertThat(a.trigger(1, "welcomed").pattern().cameo()).as("approving an act").isEqualTo("051");
        assertThat(a.trigger(2, "called").pattern().cameo()).as("a telephone call to a named party").isEqualTo("041");
        assertThat(codes(a, 3)).as("naming something is no call").doesNotContain("041");
        Annotated c = Annotated.of("Russia called for talks with Ukraine. France called for sanctions against Iran.");
        assertThat(c.trigger(0, "called").pattern().cameo()).as("what is called for is the object").isEqualTo("026");
        assertThat(c.trigger(1, "called").pattern().cameo()).isEqualTo("113");
        Annotated d = Annotated.of("The rebels began an operation to isolate the city. The West wants to isolate Iran.");
        assertThat(d.trigger(0, "isolate").pattern().cameo()).as("cutting a place off").isEqualTo("191");
        assertThat(d.trigger(1, "isolate").pattern().cameo()).isEqualTo("160");
        Annotated b = Annotated.of("The minister welcomes UN Security Council support for new talks.");
        assertThat(b.trigger(0, "welcomes").pattern().cameo()).as("a name that only modifies the object").isEqualTo("051");
    }

    @Test
    void attackingWordsOrPledgesIsCriticismAndPositionsAreFought() {
        Annotated a = Annotated.of("The Tories attacked Labour's pledges. The rebels attacked army positions.");
        assertThat(a.trigger(0, "attacked").pattern().cameo()).isEqualTo("111");
        assertThat(a.trigger(1, "attacked").pattern().cameo()).startsWith("19");
    }

    @Test
    void aForToClauseCarriesTheParticle() {
        Annotated a = Annotated.of("The opposition called for the law to be shelved. "
                + "For the opposition, the minister called the plan a mistake.");
        assertThat(a.trigger(0, "called").pattern().cameo()).startsWith("02");
        assertThat(codes(a, 1)).as("a fronted 'for' phrase is no 'call for'").noneMatch(c -> c.startsWith("02"));
    }

    @Test
    void anExcludedObjectRulesTheReadingOut() {
        Annotated a = Annotated.of("The minister received the Chinese delegation. The minister received a letter.");
        assertThat(a.trigger(0, "received").pattern().cameo()).isEqualTo("043");
        assertThat(a.triggers(1)).noneMatch(t -> t.pattern().cameo().equals("043"));
    }

    @Test
    void aPhrasalVerbNeedsItsParticle() {
        Annotated a = Annotated.of("Serbia called for talks with Kosovo. Serbia called the ambassador.");
        assertThat(a.trigger(0, "called").pattern().cameo()).as("call for + talks").isEqualTo("026");
        assertThat(codes(a, 1)).as("no particle, no call-for reading").doesNotContain("020", "026");
    }

    @Test
    void aNounObjectOfAVerbTriggerIsPartOfThatEvent() {
        Annotated a = Annotated.of("Iran signed an arms agreement with Russia.");
        List<Trigger> found = a.triggers(0);
        assertThat(found).extracting(Trigger::token).containsExactly(a.token(0, "signed"));
        assertThat(found.get(0).pattern().cameo()).isEqualTo("057");
    }

    @Test
    void theQuickTestSeesPossibleTriggersBeforeParsing() {
        Annotated a = Annotated.of("Russia attacked Ukraine. The weather was mild.");
        TriggerFinder finder = new TriggerFinder(Annotated.triggerDictionary());
        assertThat(finder.mayHoldTrigger(a.article().sentences().get(0).tokens())).isTrue();
        assertThat(finder.mayHoldTrigger(a.article().sentences().get(1).tokens())).isFalse();
    }

    @Test
    void theQuickTestAsksForAPatternsObjectWordsAndParticle() {
        // 'lift' is an event only with an object word such as 'embargo'; 'pull' only with 'out' or 'back'
        Annotated a = Annotated.of("The workers lifted the boxes. The European Union lifted the embargoes. "
                + "The driver pulled the cart. Russia pulled out of the treaty.");
        TriggerFinder finder = new TriggerFinder(Annotated.triggerDictionary());
        List<Boolean> quick = a.article().sentences().stream().map(s -> finder.mayHoldTrigger(s.tokens(), true)).toList();
        assertThat(quick).containsExactly(false, true, false, true);
        for (int s = 0; s < 4; s++) {
            assertThat(a.triggers(s).isEmpty()).as("sentence %d: the parse agrees with the quick test", s).isEqualTo(!quick.get(s));
        }
    }

    @Test
    void aBusinessContractIsNoAgreementButASignedOneStillIs() {
        Annotated a = Annotated.of("Boeing won a contract with the Egyptian airline. "
                + "The contract with Egypt covers ten aircraft. Iran signed an arms contract with Russia.");
        assertThat(codes(a, 0)).doesNotContain("057");
        assertThat(codes(a, 1)).as("the bare noun is no signing").doesNotContain("057");
        assertThat(a.trigger(2, "signed").pattern().cameo()).isEqualTo("057");
    }

    @Test
    void aGradedParticipleDescribesAStateNotAnAct() {
        Annotated a = Annotated.of("Sudan is one of the poorest, most isolated and most violent countries in Africa. "
                + "The United States isolated Sudan. The minister strongly condemned the attack.");
        assertThat(codes(a, 0)).as("'most isolated' is an adjective").noneMatch(c -> c.startsWith("16"));
        assertThat(a.trigger(1, "isolated").pattern().cameo()).startsWith("16");
        assertThat(a.trigger(2, "condemned").pattern().cameo()).as("a manner adverb grades nothing").startsWith("11");
    }

    @Test
    void anyObjectRulesAnIntransitiveReadingOut() {
        Annotated a = Annotated.of("Thousands of students demonstrated outside the parliament. "
                + "Israeli and Palestinian leaders have demonstrated a willingness to take risks. "
                + "Farmers demonstrated to demand higher prices.");
        assertThat(a.trigger(0, "demonstrated").pattern().cameo()).isEqualTo("141");
        assertThat(codes(a, 1)).doesNotContain("141");
        assertThat(a.trigger(2, "demonstrated").pattern().cameo()).as("the purpose clause's object is not its own")
                .isEqualTo("141");
    }

    @Test
    void publishingSomethingIsNoRelease() {
        Annotated a = Annotated.of("The ministry released a report on the talks. Iran released two British sailors. "
                + "The army released a video of the raid.");
        assertThat(codes(a, 0)).noneMatch(c -> c.startsWith("084"));
        assertThat(a.trigger(1, "released").pattern().cameo()).isEqualTo("0841");
        assertThat(codes(a, 2)).noneMatch(c -> c.startsWith("084"));
    }

    @Test
    void anIntentionWordOnANounSaysWhatTheThingIsFor() {
        Annotated a = Annotated.of("Washington launched a campaign aimed at Gulf allies. Iran aimed at a deal with Russia. "
                + "Canada imposed measures intended to curb imports from China. Iran has aimed at a deal with Russia. "
                + "He had changed minds after an intense sell aimed at Gulf allies and members of Congress.");
        assertThat(codes(a, 0)).doesNotContain("030");
        assertThat(codes(a, 1)).contains("030");
        assertThat(codes(a, 2)).doesNotContain("030");
        assertThat(codes(a, 3)).as("a finite verb states the intention").contains("030");
        assertThat(codes(a, 4)).doesNotContain("030");
    }

    @Test
    void oneReceivesAVisitorNotAThing() {
        Annotated a = Annotated.of("The prime minister received the UAE ambassador on Monday. "
                + "Fox shareholders will receive 1.90 News Corp shares. Tanaev received a mission of observers from the OSCE.");
        assertThat(codes(a, 0)).containsExactly("043");
        assertThat(codes(a, 1)).isEmpty();
        assertThat(codes(a, 2)).containsExactly("043");
    }

    @Test
    void aPlaceTakenIsTerritoryAndPeopleTakenAreArrested() {
        Annotated a = Annotated.of("Islamic State fighters captured Palmyra in May. "
                + "Iraqi troops captured two Islamic State commanders near Mosul.");
        assertThat(a.trigger(0, "captured").pattern().cameo()).as("a place the tagger names").isEqualTo("192");
        assertThat(a.trigger(1, "captured").pattern().cameo()).isEqualTo("173");
    }

    @Test
    void warningShotsAreNoWarningGiven() {
        Annotated a = Annotated.of("A U.S. ship fired warning shots to deter the Iranian vessel. "
                + "The U.S. warned Iran to stop.");
        assertThat(codes(a, 0)).doesNotContain("012", "020");
        assertThat(codes(a, 1)).contains("020");
    }

    @Test
    void aTrafficIsNoTradeAndAnAdmissionNoConcession() {
        Annotated a = Annotated.of("Venezuela wants to combat the drug trade along the border with Colombia. "
                + "Russia expanded trade with China. EU officials concede they have no legal authority. "
                + "The government conceded defeat.");
        assertThat(codes(a, 0)).doesNotContain("061");
        assertThat(codes(a, 1)).contains("061");
        assertThat(codes(a, 2)).doesNotContain("080");
        assertThat(codes(a, 3)).contains("080");
    }

    @Test
    void killingAnimalsIsNoForce() {
        Annotated a = Annotated.of("Bangladeshi authorities have slaughtered nearly 20,000 chickens. "
                + "Officials killed thousands of birds to stop the virus. Militants slaughtered 40 villagers. "
                + "Militants killed 40 villagers.");
        assertThat(codes(a, 0)).doesNotContain("202");
        assertThat(codes(a, 1)).doesNotContain("190");
        assertThat(codes(a, 2)).contains("202");
        assertThat(codes(a, 3)).contains("190");
    }

    @Test
    void deployingExpertsOrReinforcingAnArgumentIsNoShowOfForce() {
        Annotated a = Annotated.of("The World Health Organization has deployed 20 experts to Angola. "
                + "The Philippines deployed 135 troops to Haiti in December.");
        assertThat(codes(a, 0)).doesNotContain("154");
        assertThat(codes(a, 1)).contains("154");
        Annotated r = Annotated.of("The use of chemical weapons by ISIL reinforces why the coalition is assisting Iraq. "
                + "Russia reinforced its positions near the border.");
        assertThat(codes(r, 0)).doesNotContain("154");
        assertThat(codes(r, 1)).contains("154");
    }
}
