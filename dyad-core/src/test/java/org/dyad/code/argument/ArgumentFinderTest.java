package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.syntax.ParseRepairs;
import org.dyad.code.trigger.Trigger;
import org.junit.jupiter.api.Test;

/** Who did it to whom: each mechanism of ArgumentFinder on a sentence written for it. */
class ArgumentFinderTest {
    private final ArgumentFinder finder = new ArgumentFinder(Annotated.cues());

    private Arguments find(Annotated a, int sentence, String trigger) {
        return finder.find(a.tree(sentence), a.trigger(sentence, trigger), a.actors());
    }

    static List<String> countries(List<ActorMention> ms) {
        return ms.stream().map(m -> m.actor().country()).toList();
    }

    @Test
    void subjectIsSourceAndObjectTarget() {
        Arguments args = find(Annotated.of("Russia attacked Ukraine on Tuesday."), 0, "attacked");
        assertThat(countries(args.sources())).containsExactly("RUS");
        assertThat(countries(args.targets())).containsExactly("UKR");
        assertThat(args.rule()).isEqualTo("subject");
    }

    static List<String> codes(List<ActorMention> ms) {
        return ms.stream().map(m -> m.actor().code()).toList();
    }

    @Test
    void aCapitalWhereSomethingIsIsThePlaceButAMeetingsVenueNamesItsHost() {
        Annotated a = Annotated.of("The Islamic State attacked an army camp in western Kabul. "
                + "Russian jets bombed a hospital near Damascus. "
                + "The British foreign secretary will hold talks in Beijing on Thursday.");
        assertThat(codes(find(a, 0, "attacked").targets())).containsExactly("AFG");
        assertThat(codes(find(a, 1, "bombed").targets())).containsExactly("SYR");
        assertThat(codes(find(a, 2, "hold").targets())).containsExactly("CHNGOV");
        Annotated owned = Annotated.of("A U.S. tank fired at Baghdad's Palestine Hotel. Jets bombed Damascus's eastern suburbs. "
                + "Rebels attacked Damascus's troops.");
        assertThat(codes(find(owned, 0, "fired").targets())).containsExactly("IRQ");
        assertThat(codes(find(owned, 1, "bombed").targets())).containsExactly("SYR");
        assertThat(codes(find(owned, 2, "attacked").targets())).as("troops are no place").containsExactly("SYRMIL");
    }

    @Test
    void aParticipleSetOffAfterAnActorIsThatActorsDoing() {
        Annotated a = Annotated.of("The Russian foreign minister, visiting Beijing, praised China's stance. "
                + "A billboard outside the Kremlin, accusing Ukraine of aggression, was unveiled. "
                + "The Iranian delegation was in Iraq, before travelling to Syria.");
        assertThat(codes(find(a, 0, "visiting").sources())).containsExactly("RUSGOV");
        assertThat(find(a, 1, "accusing").sources()).as("a billboard is no doer").isEmpty();
        assertThat(countries(find(a, 2, "travelling").sources())).as("a prepositional clause").doesNotContain("IRQ");
    }

    @Test
    void aGenericIntentionIsTowardWhomItNamesNotWhatDescribesItsObject() {
        Annotated a = Annotated.of("Japan offered talks with Syria. Japan proposed a points system similar to Australia's. "
                + "Germany proposed a freeze and Canada began a moratorium. Ukraine wants closer EU links. "
                + "Japan wants the report that the Iraqi government wrote.");
        assertThat(countries(find(a, 0, "offered").targets())).containsExactly("SYR");
        assertThat(find(a, 1, "proposed").targets()).as("Australia describes the system").isEmpty();
        assertThat(find(a, 2, "proposed").targets()).as("another clause's subject").isEmpty();
        assertThat(codes(find(a, 3, "wants").targets())).as("a tie it wants").containsExactly("IGOEUREEC");
        assertThat(find(a, 4, "wants").targets()).as("a clause of its own").isEmpty();
    }

    @Test
    void whatAPromiseIsOnIsItsContentNotItsAddressee() {
        Annotated a = Annotated.of("Japan made promises on the Syrian police. Japan made promises to Syria. "
                + "Japan made an offer on the Syrian police.");
        assertThat(find(a, 0, "made").targets()).as("promises on the police").isEmpty();
        assertThat(countries(find(a, 1, "made").targets())).containsExactly("SYR");
        assertThat(countries(find(a, 2, "made").targets())).as("an offer on a party stays toward it")
                .containsExactly("SYR");
    }

    @Test
    void whatSomeoneIsChargedWithIsTheirActNotTheProsecutors() {
        Annotated a = Annotated.of("Paris prosecutors charged two Hamas leaders with attacking the embassy.");
        Arguments attacking = find(a, 0, "attacking");
        assertThat(codes(attacking.sources())).containsExactly("PSEREB");
    }

    @Test
    void aPartyBorrowedFromAnEarlierSentenceIsReadInItsOwnSentence() {
        // "him" borrows a party named at token 25 of the first sentence; the second has 4 tokens
        Annotated a = Annotated.of("After a long and widely reported tour of the region last week that took in three "
                + "capitals, the talks were led by Russian Defence Minister Sergei Shoigu. Protesters attacked him.");
        Arguments args = find(a, 1, "attacked");
        assertThat(codes(args.targets())).containsExactly("RUSMILGOV");
    }

    @Test
    void aBareParticiplesDoerIsItsByAgentNeverTheGovernorsSubject() {
        Annotated a = Annotated.of("Egypt's foreign minister will travel to Paris for tomorrow's meeting, convened by the "
                + "French government, to discuss the crisis in Libya. Half a million people live in areas besieged by "
                + "Syrian government forces.");
        Arguments convened = find(a, 0, "convened");
        assertThat(countries(convened.sources())).as("not the traveller").containsExactly("FRA");
        assertThat(convened.rule()).isEqualTo("participle-agent");
        assertThat(countries(find(a, 1, "besieged").sources())).containsExactly("SYR");
    }

    @Test
    void forceFromAPlaceGoesWhereItsDirectionSays() {
        Annotated a = Annotated.of("Israeli jets fired missiles from Lebanese airspace into Syria. "
                + "Russia withdrew its troops from Syrian territory.");
        assertThat(countries(find(a, 0, "fired").targets())).as("Lebanon is where they fired from").containsExactly("SYR");
        assertThat(countries(find(a, 1, "withdrew").targets())).as("not force: left from is the target").containsExactly("SYR");
    }

    @Test
    void whatAnActIsAimedAtDidNotDoWhatItsRelativeClauseSays() {
        Annotated a = Annotated.of("Amnesty called for an inquiry into an attack on a mosque in northern Iraq on Friday "
                + "that killed 13 people. Amnesty called for an inquiry into a Turkish attack on a mosque in northern Iraq on "
                + "Friday that killed 13 people.");
        assertThat(find(a, 0, "killed").sources()).as("neither the mosque nor Iraq killed anyone").isEmpty();
        assertThat(countries(find(a, 1, "killed").sources())).as("the attack's own doer").containsExactly("TUR");
    }

    @Test
    void whomAnActIsMadeToBeatsAPartyItIsAbout() {
        Annotated a = Annotated.of("Mogherini proposed the initiative on the future of Syria to EU leaders. "
                + "France proposed a plan on the future of Syria.");
        assertThat(find(a, 0, "proposed").targets()).extracting(m -> m.actor().code()).containsExactly("IGOEUREEC");
        assertThat(countries(find(a, 1, "proposed").targets())).as("no addressee: the topic stays").containsExactly("SYR");
    }

    @Test
    void aStateActorsOwnCountryOwningWhatItActsOnIsItsOwnSide() {
        Annotated a = Annotated.of("Chancellor Olaf Scholz defended Germany's decision. Chancellor Olaf Scholz defended "
                + "Poland's decision.");
        assertThat(find(a, 0, "defended").targets()).isEmpty();
        assertThat(countries(find(a, 1, "defended").targets())).containsExactly("POL");
    }

    @Test
    void aSpeechVerbsObjectBeforeASubjectlessClauseIsThatClausesSubject() {
        Annotated a = Annotated.of("Russia says Israel must end attacks on Syria after latest strikes.");
        assertThat(countries(find(a, 0, "attacks").sources())).as("not the speaker").containsExactly("ISR");
    }

    @Test
    void anActPreventedIsSomeoneElses() {
        Annotated a = Annotated.of("The Indian army works to prevent fresh attacks. "
                + "Indian troops carried out fresh attacks.");
        Arguments prevented = find(a, 0, "attacks");
        assertThat(prevented.sources()).isEmpty();
        assertThat(prevented.rule()).isEqualTo(ArgumentFinder.PREVENTED);
        assertThat(countries(find(a, 1, "attacks").sources())).containsExactly("IND");
    }

    @Test
    void anActTheSubjectUndergoesOrFleesIsDoneToIt() {
        Annotated a = Annotated.of("The Iraqi president survived an assault in Baghdad. "
                + "Thousands of Syrians fled the shelling. Iran faces new sanctions. Iran announced new sanctions on Israel.");
        Arguments survived = find(a, 0, "assault");
        assertThat(survived.sources()).as("not the one who survived it").isEmpty();
        assertThat(codes(survived.targets())).containsExactly("IRQGOV");
        assertThat(survived.rule()).isEqualTo(ArgumentFinder.ENDURED);
        assertThat(find(a, 1, "shelling").sources()).isEmpty();
        assertThat(find(a, 2, "sanctions").sources()).isEmpty();
        assertThat(countries(find(a, 3, "sanctions").sources())).containsExactly("IRN");
    }

    @Test
    void aParticipleAfterBecomeOrGetIsPassive() {
        Annotated a = Annotated.of("More than two million Iraqis have become displaced. "
                + "Two Syrian soldiers got killed by Turkish troops.");
        Arguments displaced = find(a, 0, "displaced");
        assertThat(displaced.sources()).as("the displaced did not displace").isEmpty();
        assertThat(countries(displaced.targets())).containsExactly("IRQ");
        Arguments arrested = find(Annotated.of("The Iranian opposition leader was ordered detained by a Tehran court."),
                0, "detained");
        assertThat(codes(arrested.targets())).as("the one ordered detained").containsExactly("IRNOPP");
        Arguments killed = find(a, 1, "killed");
        assertThat(countries(killed.sources())).containsExactly("TUR");
        assertThat(countries(killed.targets())).containsExactly("SYR");
    }

    @Test
    void anAmountAskedForIsAnActAskedOfOthers() {
        Annotated a = Annotated.of("The United Nations has appealed for $ 265 million in humanitarian aid for Iraqis.");
        Arguments aid = find(a, 0, "aid");
        assertThat(aid.sources()).isEmpty();
        assertThat(aid.rule()).isEqualTo(ArgumentFinder.REQUESTED);
    }

    @Test
    void anOrganisationBesideItsOwnAgencyIsOneParty() {
        Annotated a = Annotated.of("Donors were asked to fund the U.N. World Food Program appeal for Mali.");
        Arguments appeal = find(a, 0, "appeal");
        assertThat(codes(appeal.sources())).containsExactly("IGOUNOWFP");
        assertThat(codes(appeal.targets())).containsExactly("MLI");
    }

    @Test
    void criticsOrVictimsOfAPartyAreNotThatParty() {
        Annotated a = Annotated.of("Critics of the Syrian government staged a protest in Beirut. "
                + "Rebels attacked victims of the Iraqi president. Supporters of the Syrian government staged a rally.");
        assertThat(codes(find(a, 0, "staged").sources())).as("the government's opposition").containsExactly("SYROPP");
        assertThat(find(a, 1, "attacked").targets()).isEmpty();
        assertThat(countries(find(a, 2, "staged").sources())).containsExactly("SYR");
    }

    @Test
    void aJudgedActsPlaceIsNotWhoIsJudgedButForceStrikesThePlace() {
        Annotated a = Annotated.of("The African Union condemned a roadside bomb attack in Somalia. "
                + "The United Nations condemned abuses by American forces in Afghanistan. "
                + "Israeli jets attacked a convoy in Syria.");
        assertThat(find(a, 0, "condemned").targets()).as("where the attack was").isEmpty();
        assertThat(countries(find(a, 1, "condemned").targets())).as("who did the abuses").containsExactly("USA");
        assertThat(countries(find(a, 2, "attacked").targets())).containsExactly("SYR");
    }

    @Test
    void whatAnActThatIsASubjectIsAimedAtDidNotDoIt() {
        Annotated a = Annotated.of("Several attacks on Iraqi police in Baquba killed 10 people. "
                + "Several attacks by Iraqi police in Baquba killed 10 people.");
        assertThat(find(a, 0, "killed").sources()).as("the police were attacked, they killed nobody").isEmpty();
        assertThat(countries(find(a, 1, "killed").sources())).as("whose attacks they were").containsExactly("IRQ");
    }

    @Test
    void aClaimsOrADemandsClauseIsItsContentNotItsParty() {
        Annotated a = Annotated.of("Venezuela is investigating allegations that military officers passed secrets to "
                + "the United States.");
        assertThat(countries(find(a, 0, "investigating").targets())).as("to whom the secrets went").doesNotContain("USA");
        Annotated news = Annotated.of("Mr Brown welcomed news that the Gates Foundation and Norway are joining up to fund "
                + "the vaccine alliance.");
        assertThat(countries(find(news, 0, "welcomed").targets())).as("news keeps its parties").contains("NOR");
    }

    @Test
    void kinOfAPartyAreOfItsCountryButHoldNoneOfItsOffices() {
        Annotated a = Annotated.of("Police in Zimbabwe have arrested a nephew of President Robert Mugabe. "
                + "Rebels attacked relatives of the Iraqi president.");
        assertThat(codes(find(a, 0, "arrested").targets())).containsExactly("ZWE");
        assertThat(codes(find(a, 1, "attacked").targets())).containsExactly("IRQ");
    }

    @Test
    void aPlaceNamedFromABearingIsNoDoer() {
        Annotated a = Annotated.of("South of Baghdad, a mortar attack killed two Iraqis, and gunmen killed a policeman in Mosul.");
        int second = a.tree(0).size();
        while (!a.tree(0).token(second).word().equals("killed")) {
            second--;
        }
        int killed = second;
        Trigger trigger = a.triggers(0).stream().filter(t -> t.token() == killed).findFirst().orElseThrow();
        Arguments args = finder.find(a.tree(0), trigger, a.actors());
        assertThat(codes(args.sources())).as("not Baghdad, nor the other clause's Iraqis").doesNotContain("IRQGOV", "IRQ");
    }

    @Test
    void theAntecedentOfARelativePronounUndergoesItsPassive() {
        Annotated a = Annotated.of("Eight Chinese laborers who were held hostage by Iraqi militants are on their way home.");
        Arguments held = find(a, 0, "held");
        assertThat(countries(held.targets())).containsExactly("CHN");
        assertThat(countries(held.sources())).containsExactly("IRQ");
    }

    @Test
    void theAccusedNamedButNotCodedLeavesTheTargetOpen() {
        Annotated a = Annotated.of("Tehran accuses the group of launching attacks inside Iran from bases in Iraq. "
                + "Israel accused Hamas of firing rockets at Sderot.");
        Arguments accuses = find(a, 0, "accuses");
        assertThat(accuses.targets()).as("not where the attacks were, nor where they came from").isEmpty();
        assertThat(codes(find(a, 1, "accused").targets())).containsExactly("PSEREB");
    }

    @Test
    void aPronounAfterATitledPersonStandsForThemNotForAPersonNamedBefore() {
        Annotated a = Annotated.of("President Bush will meet German Chancellor Gerhard Schroeder. "
                + "A militant group says it has taken a U.S. soldier hostage and is threatening to kill him. "
                + "Gunmen ambushed the car carrying the religious affairs minister and killed him.");
        assertThat(codes(find(a, 1, "kill").targets())).containsExactly("USAMIL");
        assertThat(find(a, 2, "killed").targets()).as("the minister, uncoded: not Schroeder").isEmpty();
        Annotated named = Annotated.of("President Bush will meet German Chancellor Gerhard Schroeder. "
                + "Pope John Paul was the only pope ever to visit Cuba, and he has been praised by Havana.");
        assertThat(countries(find(named, 1, "praised").targets())).as("the pope he is").containsExactly("VAT");
    }

    @Test
    void whatAMeetingIsAboutIsNoSideOfIt() {
        Annotated a = Annotated.of("The IAEA continues closed-door meetings on the nuclear activities of Iran. "
                + "Iran held talks with Turkey on Syria.");
        assertThat(find(a, 0, "meetings").targets()).isEmpty();
        assertThat(countries(find(a, 1, "held").targets())).containsExactly("TUR");
    }

    @Test
    void twoPartiesOfAnActThatIsNoExchangeAreBothItsDoers() {
        Annotated a = Annotated.of("The results of U.S. and U.N. investigations into fraud in Iraq are due. "
                + "Russian-Iranian cooperation is growing.");
        Arguments probe = find(a, 0, "investigations");
        assertThat(codes(probe.sources())).contains("IGOUNO");
        assertThat(countries(probe.sources())).contains("USA");
        assertThat(codes(probe.targets())).doesNotContain("IGOUNO");
        assertThat(countries(find(a, 1, "cooperation").targets())).containsExactly("IRN");
    }

    @Test
    void whatSomeoneIsChargedWithIsNoParty() {
        Annotated a = Annotated.of("Sweden has charged two men with planning terrorist attacks.");
        assertThat(find(a, 0, "charged").targets()).isEmpty();
    }

    @Test
    void twoSidesMeetingInOnesCapitalMeetEachOther() {
        Annotated a = Annotated.of("Indian and U.S. officials are holding more talks in New Delhi on Friday.");
        Arguments talks = find(a, 0, "holding");
        assertThat(countries(talks.sources())).containsExactly("USA");
        assertThat(countries(talks.targets())).containsExactly("IND");
        assertThat(talks.rule()).endsWith("+reciprocal");
    }

    @Test
    void partiesPromisingSideBySideMakeNoPromiseToEachOther() {
        Annotated a = Annotated.of("Germany and Norway have pledged more than $1 billion for a vaccine campaign. "
                + "Germany and Norway have agreed to work together on a new vaccine.");
        Arguments pledged = find(a, 0, "pledged");
        assertThat(countries(pledged.sources())).containsExactlyInAnyOrder("DEU", "NOR");
        assertThat(pledged.targets()).isEmpty();
        assertThat(find(a, 1, "agreed").rule()).as("agreeing is mutual").endsWith("+reciprocal");
    }

    @Test
    void forceFromAnArmedPartyIsItsButFromAPlaceIsNot() {
        Annotated a = Annotated.of("The strike drew revenge attacks from Hezbollah militants on Israeli towns. "
                + "The army reported rocket attacks from Gaza on Israeli towns.");
        assertThat(codes(find(a, 0, "attacks").sources())).containsExactly("LBNREB");
        assertThat(countries(find(a, 1, "attacks").sources())).doesNotContain("PSE");
    }

    @Test
    void whatOnesPunishedForIsWhatTheyDid() {
        Annotated a = Annotated.of("The US administration has imposed sanctions on its NATO ally Turkey for acquiring the "
                + "Russian S-400 missile defense system.");
        assertThat(countries(find(a, 0, "acquiring").sources())).containsExactly("TUR");
    }

    @Test
    void aSpeechVerbMisparsedAsTheClausalSubjectGivesItsSpeaker() {
        Annotated a = Annotated.of("Ethiopia indicated it should have attacked Libya almost five years ago.");
        assertThat(countries(find(a, 0, "attacked").sources())).containsExactly("ETH");
    }

    @Test
    void aRelativeClauseOnAnAreaSaysWhereNotWho() {
        Annotated a = Annotated.of("Islamic State claimed attacks in the commercial area of Baghdad, which killed at "
                + "least 28 people.");
        assertThat(find(a, 0, "killed").sources()).as("Baghdad killed nobody").isEmpty();
    }

    @Test
    void anObjectPronounIsTheLastPersonNamedButNeverTheSourceItself() {
        Annotated a = Annotated.of("Iranian President Masoud Pezeshkian spoke on Monday. Israel criticised him. "
                + "Pezeshkian said Israel had criticised him. Israeli Prime Minister Benjamin Netanyahu criticised him.");
        assertThat(countries(find(a, 1, "criticised").targets())).containsExactly("IRN");
        assertThat(countries(find(a, 3, "criticised").targets())).as("him is not Netanyahu himself, but the one before")
                .containsExactly("IRN");
        Annotated alone = Annotated.of("Israeli Prime Minister Benjamin Netanyahu criticised him.");
        assertThat(countries(find(alone, 0, "criticised").targets())).as("no one else named").isEmpty();
    }

    @Test
    void itInWhatAConjoinedSpeechVerbSaysIsTheSpeaker() {
        Annotated a = Annotated.of("The Syrian government condemned the incursion and said it would shoot down "
                + "Turkish aircraft entering its airspace.");
        Arguments args = find(a, 0, "shoot");
        assertThat(countries(args.sources())).containsExactly("SYR");
        assertThat(countries(args.targets())).containsExactly("TUR");
    }

    @Test
    void anActGivenAsAReasonIsNotTheVerbSubjects() {
        Annotated a = Annotated.of("Washington imposed sanctions on four Iranian officials over the detention of "
                + "foreign nationals. The European Union imposed sanctions on Belarus over its support for Russia. "
                + "Iran protested after the strike on its embassy.");
        assertThat(find(a, 0, "detention").sources()).isEmpty();
        assertThat(find(a, 0, "detention").rule()).isEqualTo("reason-phrase");
        assertThat(find(a, 1, "support").sources()).isEmpty();
        assertThat(find(a, 2, "strike").sources()).isEmpty();
        Annotated f = Annotated.of("Obama would defend his record following protests in Kenya.");
        assertThat(find(f, 0, "protests").rule()).as("a participle as preposition").startsWith("reason-phrase");
        assertThat(find(f, 0, "protests").sources()).isEmpty();
        Annotated q = Annotated.of("The UK has flown over 870 missions and conducted over 265 bombing raids on ISIL targets.");
        assertThat(countries(find(q, 0, "raids").sources())).as("over a number is more than it").containsExactly("GBR");
        Annotated b = Annotated.of("Russia took part in the talks with Ukraine.");
        assertThat(countries(find(b, 0, "talks").sources())).as("a light verb's own act").containsExactly("RUS");
    }

    @Test
    void aPlaceInWhatIsDiscussedIsTheTopicNotTheInterlocutor() {
        Annotated a = Annotated.of("Macron discussed the situation in Syria with Erdogan. "
                + "Jack Straw held talks in Beijing on Thursday.");
        assertThat(countries(find(a, 0, "discussed").targets())).containsExactly("TUR");
        assertThat(countries(find(a, 1, "held").targets())).as("the venue of the act's own noun").containsExactly("CHN");
    }

    @Test
    void itsInWhatASpeakerSaysIsTheSpeakers() {
        Annotated a = Annotated.of("Israel said one of its F-16 jets was shot down by Syrian anti-aircraft fire. "
                + "Iran said Israeli jets had struck its bases near Damascus. "
                + "Israel said its jets had struck their positions.");
        assertThat(countries(find(a, 0, "shot").targets())).containsExactly("ISR");
        assertThat(countries(find(a, 0, "shot").sources())).containsExactly("SYR");
        assertThat(countries(find(a, 1, "struck").targets())).containsExactly("IRN");
        assertThat(countries(find(a, 2, "struck").sources())).containsExactly("ISR");
        assertThat(find(a, 2, "struck").targets()).as("not the striker's own").isEmpty();
    }

    @Test
    void aSecondObjectTheRowDidNotAskForNamesNoTarget() {
        Annotated a = Annotated.of("Turkey has been pressing its offensive against the YPG, prompting fears of a "
                + "confrontation with the United States.");
        assertThat(countries(find(a, 0, "pressing").targets())).doesNotContain("USA");
        Annotated b = Annotated.of("Iran accused Israel of espionage.");
        assertThat(countries(find(b, 0, "accused").targets())).as("a particle row's object").containsExactly("ISR");
    }

    @Test
    void anActSomeoneIsAccusedOfIsNeverTheAccusers() {
        Annotated a = Annotated.of("Sudan's army accused the Rapid Support Forces of looting homes and attacking hospitals.");
        assertThat(find(a, 0, "attacking").sources()).extracting(m -> m.actor().code())
                .as("not the accuser, whatever the parse").doesNotContain("SDNMIL");
    }

    @Test
    void aNounActThatIsAnotherActsTopicIsNotTheSubjectsOwn() {
        Annotated a = Annotated.of("The United States and Saudi Arabia are brokering the talks. "
                + "Russia carried out an attack on Ukraine.");
        Trigger brokered = a.trigger(0, "talks");
        Arguments topic = ArgumentFinder.withoutGovernorsSource(a.tree(0), brokered, find(a, 0, "talks"), a.triggers(0));
        assertThat(topic.sources()).as("the brokers are not the talkers").isEmpty();
        Trigger attack = a.trigger(1, "attack");
        Arguments own = ArgumentFinder.withoutGovernorsSource(a.tree(1), attack, find(a, 1, "attack"), a.triggers(1));
        assertThat(countries(own.sources())).as("a light verb codes no act of its own").containsExactly("RUS");
        Annotated b = Annotated.of("Italy announced a suspension of air links with Serbia on Wednesday.");
        Trigger suspension = b.trigger(0, "suspension");
        Arguments announced = ArgumentFinder.withoutGovernorsSource(b.tree(0), suspension, find(b, 0, "suspension"),
                b.triggers(0));
        assertThat(countries(announced.sources())).as("announcing it is doing it").containsExactly("ITA");
    }

    @Test
    void anEnvoysPostingIsWhereTheyServeNotWhom() {
        Annotated a = Annotated.of("The ambassador in Tokyo criticised the Chinese diplomat's post. "
                + "The government in Baghdad criticised Turkey.");
        assertThat(countries(find(a, 0, "criticised").sources())).doesNotContain("JPN");
        assertThat(countries(find(a, 1, "criticised").sources())).as("a government is where it sits").containsExactly("IRQ");
    }

    @Test
    void aThreatNamingNoTargetIsAimedAtWhoseActItsConditionWaitsOn() {
        Annotated a = Annotated.of("Russia threatened to stop the negotiations if the United States deploys new missiles. "
                + "The rebels threatened to strike unless Israel withdraws its troops. "
                + "Iran threatened to close the strait if it is attacked.");
        Arguments russia = find(a, 0, "threatened");
        assertThat(countries(russia.targets())).containsExactly("USA");
        assertThat(russia.rule()).endsWith("+condition-party");
        assertThat(countries(find(a, 1, "threatened").targets())).containsExactly("ISR");
        assertThat(find(a, 2, "threatened").targets()).as("the condition names only the threatener").isEmpty();
    }

    @Test
    void aRequestNounIsMadeOfWhomItsClauseAsksToAct() {
        Annotated a = Annotated.of("The United Nations reiterated its demand that Israel ease the restrictions. "
                + "The United Nations renewed its call for Israel to withdraw from Gaza.");
        Arguments demand = find(a, 0, "demand");
        assertThat(demand.sources()).extracting(m -> m.actor().code()).containsExactly("IGOUNO");
        assertThat(countries(demand.targets())).containsExactly("ISR");
        assertThat(countries(find(a, 1, "call").targets())).containsExactly("ISR");
    }

    @Test
    void coordinatedNationalitiesOnOneNounAreEachAParty() {
        Annotated a = Annotated.of("Senior Hungarian and Romanian officials agreed to cooperate. "
                + "Turkish-backed Syrian rebels attacked the town.");
        Arguments agreed = find(a, 0, "agreed");
        assertThat(countries(agreed.sources())).hasSize(1);
        assertThat(countries(agreed.sources()).get(0)).isIn("HUN", "ROU");
        assertThat(countries(agreed.targets())).hasSize(1).doesNotContainAnyElementsOf(countries(agreed.sources()));
        assertThat(agreed.rule()).endsWith("+reciprocal");
        assertThat(countries(find(a, 1, "attacked").sources())).as("a lone modifier is no party").containsExactly("SYR");
    }

    @Test
    void thePassiveByAgentIsTheSource() {
        Arguments args = find(Annotated.of("Iran was attacked by Israel."), 0, "attacked");
        assertThat(countries(args.sources())).containsExactly("ISR");
        assertThat(countries(args.targets())).containsExactly("IRN");
        assertThat(args.rule()).isEqualTo("passive");
    }

    @Test
    void theSpeakerOfAnAttributionHungBelowTheActIsNoTarget() {
        // the parser makes "said" a complement of "plans"; its subject is who reported the plan
        Annotated a = Annotated.of("After nearly ten years of hostile relations, the Canadian government plans to reverse "
                + "its policy on Cuba and lift trade sanctions, Trudeau administration officials said late Friday.");
        assertThat(a.tree(0).baseRelation(a.token(0, "said"))).isEqualTo("ccomp");
        assertThat(find(a, 0, "plans").targets()).extracting(m -> m.actor().text()).doesNotContain("Trudeau");
        // here the parser makes the rejected "changes" the subject of "said": they name no speaker
        Annotated b = Annotated.of("The Kurds reject proposed Turkish changes to the Kirkuk oil-for-security plan, "
                + "chief Kurdish negotiator Fuad Hassan said.");
        assertThat(b.tree(0).baseRelation(b.token(0, "said"))).isEqualTo("ccomp");
        assertThat(countries(find(b, 0, "reject").targets())).containsExactly("TUR");
        // a real complement: whom the allegation is about
        Annotated c = Annotated.of("The Kurdish leader alleges that Prime Minister Erdogan told Iranian officials he would attack.");
        assertThat(countries(find(c, 0, "alleges").targets())).contains("TUR");
    }

    @Test
    void whoIsAccusedOfAnActDidIt() {
        Annotated a = Annotated.of("Russia accused the Ukrainian army of attacking and shelling Donetsk. "
                + "Iran blamed Israel for bombing the embassy. Russia accused Ukraine of aggression. "
                + "Russia accused Ukraine of the shelling of Donetsk.");
        assertThat(countries(find(a, 0, "attacking").sources())).containsExactly("UKR");
        assertThat(countries(find(a, 0, "shelling").sources())).containsExactly("UKR");
        assertThat(countries(find(a, 1, "bombing").sources())).containsExactly("ISR");
        assertThat(countries(find(a, 2, "accused").sources())).as("the accusation is the accuser's").containsExactly("RUS");
        assertThat(countries(find(a, 3, "shelling").sources())).containsExactly("UKR");
    }

    @Test
    void aPlaceAnEventHappensInIsNoPartyButABodyThereIs() {
        Annotated a = Annotated.of("A bomb blast in central Kabul killed two Pakistani diplomats. "
                + "The government in Baghdad condemned Iran. Officials in Kabul accused Pakistan.");
        assertThat(find(a, 0, "killed").sources()).as("the blast is not Kabul's").isEmpty();
        assertThat(countries(find(a, 1, "condemned").sources())).containsExactly("IRQ");
        assertThat(countries(find(a, 2, "accused").sources())).containsExactly("AFG");
    }

    @Test
    void whomASpeakerStandsForIsNoTarget() {
        Annotated a = Annotated.of("The envoy apologised to Japan on behalf of Canada. The envoy apologised on behalf of Canada.");
        assertThat(countries(find(a, 0, "apologised").targets())).containsExactly("JPN");
        assertThat(find(a, 1, "apologised").targets()).isEmpty();
    }

    @Test
    void aPrepositionalPhraseGivesTheTarget() {
        Arguments args = find(Annotated.of("Turkey negotiated with Greece."), 0, "negotiated");
        assertThat(countries(args.sources())).containsExactly("TUR");
        assertThat(countries(args.targets())).containsExactly("GRC");
    }

    @Test
    void aNounsPossessorIsTheSource() {
        Arguments args = find(Annotated.of("Iran's attack on Israel surprised analysts."), 0, "attack");
        assertThat(countries(args.sources())).containsExactly("IRN");
        assertThat(countries(args.targets())).containsExactly("ISR");
        assertThat(args.rule()).isEqualTo("noun-modifier");
    }

    @Test
    void conjoinedTargetsAreAllTaken() {
        Arguments args = find(Annotated.of("Russia attacked Ukraine and Georgia."), 0, "attacked");
        assertThat(countries(args.targets())).containsExactly("UKR", "GEO");
    }

    @Test
    void conjoinedSubjectsOfAReciprocalActActOnEachOther() {
        Arguments args = find(Annotated.of("Russia and Iran cooperated closely."), 0, "cooperated");
        assertThat(countries(args.sources())).containsExactly("RUS");
        assertThat(countries(args.targets())).containsExactly("IRN");
        assertThat(args.rule()).endsWith("+reciprocal");
    }

    @Test
    void conjoinedSubjectsOfAOneWayActAreNotEachOthersPartner() {
        Annotated a = Annotated.of("The United States and Saudi Arabia, which are brokering the talks, welcomed the decision.");
        assertThat(find(a, 0, "welcomed").targets()).isEmpty();
        assertThat(find(a, 0, "brokering").targets()).isEmpty();
    }

    @Test
    void aNounActThatIsItsClausesPredicateHasThatClausesSubjectAsDoer() {
        Annotated a = Annotated.of("Saudi Arabia, which has been in talks with the Houthis, called for restraint. "
                + "Iran is in talks with Russia.");
        assertThat(countries(find(a, 0, "talks").sources())).containsExactly("SAU");
        assertThat(countries(find(a, 1, "talks").sources())).containsExactly("IRN");
        assertThat(countries(find(a, 1, "talks").targets())).containsExactly("RUS");
    }

    @Test
    void aBareParticipleDoesNotBorrowItsGovernorsSubject() {
        Annotated a = Annotated.of("Japan and South Korea agreed to resume regular visits between their leaders, "
                + "suspended for more than a decade.");
        assertThat(find(a, 0, "suspended").sources()).isEmpty();
    }

    @Test
    void conjoinedSubjectsOfAHostileActStayBothSources() {
        Arguments args = find(Annotated.of("Russia and Iran attacked the rebels."), 0, "attacked");
        assertThat(countries(args.sources())).containsExactly("RUS", "IRN");
        // rebels with no country in reach are still a party: sector only, as CAMEO codes them
        assertThat(args.targets()).extracting(m -> m.actor().code()).containsExactly("---REB");
    }

    @Test
    void aNounActsGovernorWithAnUncodedSubjectLendsNoPartyFromFurtherUp() {
        Annotated a = Annotated.of("Officials say 78 insurgents were killed as coalition forces repelled an attack "
                + "on a NATO outpost.");
        assertThat(find(a, 0, "attack").sources()).as("the forces repelled it; who attacked is not said").isEmpty();
    }

    @Test
    void heInWhatAnUncodedPersonSaysIsThatSpeakerNotTheLastPersonNamed() {
        Annotated a = Annotated.of("Mr. Bush met Palestinian President Mahmoud Abbas in New York. "
                + "The president said he plans to meet the presidents of Pakistan and Afghanistan. "
                + "A spokesman said he would meet Pakistani officials.");
        assertThat(find(a, 1, "meet").sources()).as("an unknown president, not Abbas").isEmpty();
        assertThat(find(a, 2, "meet").sources()).as("a spokesman speaks for another").isNotEmpty();
    }

    @Test
    void aPlaceInAPassivesAgentThatNamesNoPartyIsWhereNotWho() {
        Annotated a = Annotated.of("Three U.S. soldiers were killed by a roadside bomb in southern Afghanistan. "
                + "Two civilians were killed by Iraqi troops in Baghdad.");
        assertThat(find(a, 0, "killed").sources()).isEmpty();
        assertThat(countries(find(a, 1, "killed").sources())).containsExactly("IRQ");
    }

    @Test
    void forceNamedByANounOnAnotherCountrysGroundActsOnThatCountry() {
        Annotated a = Annotated.of("The newspaper cited Israel's air strike in Syria. "
                + "Syria's air strikes in Syria killed dozens. Israel's strike on Hamas in Gaza was condemned.");
        Arguments abroad = find(a, 0, "strike");
        assertThat(countries(abroad.targets())).containsExactly("SYR");
        assertThat(abroad.rule()).endsWith("+place-target");
        assertThat(find(a, 1, "strikes").targets()).as("its own ground names no target").isEmpty();
        assertThat(find(a, 2, "strike").targets()).extracting(m -> m.actor().code()).as("a named target first")
                .doesNotContain("PSE");
    }

    @Test
    void anAppealForAnActIsMadeOfItsOwner() {
        Annotated a = Annotated.of("France called for the withdrawal of Syria's troops from Lebanon. "
                + "The UN demanded the withdrawal of Israeli forces from Gaza. "
                + "France urged Israel to accept the withdrawal of Syrian troops.");
        Arguments call = find(a, 0, "called");
        assertThat(countries(call.targets())).containsExactly("SYR");
        assertThat(call.rule()).endsWith("+asked-of-owner");
        assertThat(countries(find(a, 1, "demanded").targets())).as("not the place withdrawn from").containsExactly("ISR");
        assertThat(countries(find(a, 2, "urged").targets())).as("the addressee stays").containsExactly("ISR");
        Annotated uk = Annotated.of("The Tories called for the resignation of Home Secretary David Blunkett.");
        assertThat(find(uk, 0, "called").targets()).as("a domestic dyad").isNotEmpty();
    }

    @Test
    void aClauseOnWhatAnActWasAimedAtTellsWhatTheActDid() {
        Annotated a = Annotated.of("She protested against Israel's raid on a Gaza-bound flotilla that killed nine Turkish activists.");
        assertThat(countries(find(a, 0, "killed").sources())).containsExactly("ISR");
    }

    @Test
    void whoWasKilledInAnAttackDidNotAttack() {
        Annotated a = Annotated.of("Three British soldiers were killed in a suicide attack in Afghanistan's Helmand province.");
        Arguments attack = find(a, 0, "attack");
        assertThat(attack.sources()).isEmpty();
        assertThat(countries(attack.targets())).containsExactly("GBR");
        Annotated locked = Annotated.of("Britain has been locked in talks with finance ministers of Japan.");
        assertThat(countries(find(locked, 0, "talks").sources())).as("a passive of state").containsExactly("GBR");
    }

    @Test
    void threeOrMoreDoingOneThingDoNotDoItWithEachOtherUnlessTheyMeet() {
        Annotated a = Annotated.of("Brunei, Malaysia, Singapore and Thailand have agreed to participate in the mission. "
                + "Russia and China agreed to cooperate. Russia, China and Iran held talks in Tehran. "
                + "Powell and the EU held talks on the Ukrainian election crisis.");
        assertThat(find(a, 0, "agreed").targets()).isEmpty();
        assertThat(countries(find(a, 1, "agreed").targets())).containsExactly("CHN");
        assertThat(find(a, 2, "held").targets()).isNotEmpty();
        Annotated alliance = Annotated.of("An alliance of the US, India, Australia and Japan will co-ordinate the relief effort.");
        assertThat(find(alliance, 0, "alliance").targets()).as("a noun of their bond").isNotEmpty();
        assertThat(find(a, 3, "held").targets()).extracting(m -> m.actor().country()).as("the topic is no partner")
                .doesNotContain("UKR");
    }

    @Test
    void aVerbWithoutSubjectBorrowsItsGovernors() {
        Arguments args = find(Annotated.of("Iran marked the date by signing a deal with Russia."), 0, "signing");
        assertThat(countries(args.sources())).containsExactly("IRN");
        assertThat(countries(args.targets())).containsExactly("RUS");
        assertThat(args.rule()).isEqualTo("governor-subject");
    }

    @Test
    void talksBetweenTwoPartiesNameBoth() {
        Arguments args = find(Annotated.of("Talks between Iran and Russia resumed."), 0, "Talks");
        assertThat(countries(args.sources())).containsExactly("IRN");
        assertThat(countries(args.targets())).containsExactly("RUS");
        assertThat(args.rule()).isEqualTo("noun-between");
    }

    @Test
    void onlyAPluralPartyNounStandsForThePartiesAlreadyNamed() {
        Annotated a = Annotated.of("The two countries signed a deal. Both sides signed a deal. "
                + "The country signed a deal. The government signed a deal. The state signed a deal. They signed a deal. "
                + "We support each other.");
        assertThat(finder.pluralSubject(a.tree(6), a.token(6, "support"))).as("'each other' makes 'we' two").isTrue();
        for (int s = 0; s < 2; s++) {
            assertThat(finder.pluralSubject(a.tree(s), a.token(s, "signed"))).as("sentence %d", s).isTrue();
        }
        for (int s = 2; s < 6; s++) {
            assertThat(finder.pluralSubject(a.tree(s), a.token(s, "signed"))).as("sentence %d", s).isFalse();
        }
    }

    @Test
    void aVerbWithASubjectOfItsOwnNeverBorrowsTheSpeakers() {
        Annotated a = Annotated.of("The airstrikes have destroyed 900 vehicle bombs and 111 tunnels, US Defense Secretary "
                + "Ash Carter said. Iran marked the date by signing a deal with Russia.");
        assertThat(find(a, 0, "destroyed").sources()).as("the strikes' owner is not said").isEmpty();
        assertThat(countries(find(a, 1, "signing").sources())).containsExactly("IRN");
    }

    @Test
    void aRelativeClauseActIsTheAntecedentsNotThePlaceOfIt() {
        Annotated a = Annotated.of("Britain condemned bomb attacks in Syria which have killed dozens of civilians.");
        assertThat(find(a, 0, "killed").sources()).as("Syria is where, not who").isEmpty();
    }

    @Test
    void aParticipleConjoinedToAPassiveIsPassiveToo() {
        Annotated a = Annotated.of("On Monday, the Kuwaiti commander was struck and killed by an Iraqi airstrike.");
        Arguments args = find(a, 0, "killed");
        assertThat(countries(args.sources())).containsExactly("IRQ");
        assertThat(countries(args.targets())).containsExactly("KWT");
        assertThat(args.rule()).isEqualTo("passive");
    }
    @Test
    void aPlacePhraseOnAnUnknownNameIsWhereTheyMet() {
        Annotated a = Annotated.of("The Iraqi foreign minister met Dr Ibrahim Hamdani in Canberra on Friday.");
        assertThat(countries(find(a, 0, "met").targets())).doesNotContain("AUS");
    }
    @Test
    void fromOnAnOfferOrACriticismNamesItsSourceAndWhoGotItIsTheTarget() {
        Annotated a = Annotated.of("The Iraqi envoy defended the talks after criticism from Syria. "
                + "Iran received an offer from Russia. Britain announced the withdrawal of troops from Iraq.");
        Arguments criticism = find(a, 0, "criticism");
        assertThat(countries(criticism.sources())).containsExactly("SYR");
        assertThat(countries(criticism.targets())).containsExactly("IRQ");
        assertThat(criticism.rule()).isEqualTo("noun-from");
        Arguments offer = find(a, 1, "offer");
        assertThat(countries(offer.sources())).containsExactly("RUS");
        assertThat(countries(offer.targets())).containsExactly("IRN");
        assertThat(countries(find(a, 2, "withdrawal").sources())).as("a place left").containsExactly("GBR");
    }
    @Test
    void anActAskedForIsNotTheAskersAndTheAskingIsAimedWhereTheActIs() {
        Annotated a = Annotated.of("Human Rights Watch called for an investigation into the killings in Iraq. "
                + "France called for sanctions against Iran.");
        Arguments investigation = find(a, 0, "investigation");
        assertThat(investigation.sources()).as("HRW asks; it does not investigate").isEmpty();
        assertThat(investigation.rule()).isEqualTo("requested");
        Arguments call = find(a, 1, "called");
        assertThat(countries(call.sources())).containsExactly("FRA");
        assertThat(countries(call.targets())).containsExactly("IRN");
    }
    @Test
    void theThreatOfAGroupIsTheGroupsThreat() {
        Annotated a = Annotated.of("Australia and Iraq reaffirmed their commitment to combating the threat of Hezbollah.");
        Arguments threat = find(a, 0, "threat");
        assertThat(countries(threat.sources())).as("not Australia's threat").doesNotContain("AUS", "IRQ");
        assertThat(threat.sources()).extracting(m -> m.actor().text()).containsExactly("Hezbollah");
    }
    @Test
    void whomTheSubjectStandsWithInAFightIsAnAllyNotTheEnemy() {
        Annotated a = Annotated.of("Britain stands shoulder to shoulder with Iraq in the fight against terrorism.");
        Arguments fight = find(a, 0, "fight");
        assertThat(countries(fight.sources())).containsExactly("GBR");
        assertThat(countries(fight.targets())).doesNotContain("IRQ");
    }

    @Test
    void whoComesUnderAnActUndergoesIt() {
        Annotated a = Annotated.of("A U.S. military convoy came under attack near Baghdad. "
                + "Syrian troops came under attack from Kurdish rebels near Palmyra.");
        Arguments convoy = find(a, 0, "attack");
        assertThat(convoy.sources()).as("the convoy did not attack").isEmpty();
        assertThat(countries(convoy.targets())).containsExactly("USA");
        assertThat(convoy.rule()).isEqualTo(ArgumentFinder.ENDURED);
        Arguments troops = find(a, 1, "attack");
        assertThat(codes(troops.targets())).containsExactly("SYRMIL");
        assertThat(codes(troops.sources())).doesNotContain("SYRMIL").isNotEmpty();
        assertThat(troops.rule()).isEqualTo("noun-from");
        Annotated is = Annotated.of("Israeli Prime Minister Ehud Olmert is under investigation for his purchase "
                + "of an apartment.");
        Arguments olmert = find(is, 0, "investigation");
        assertThat(olmert.sources()).as("he does not investigate").isEmpty();
        assertThat(countries(olmert.targets())).containsExactly("ISR");
        assertThat(olmert.rule()).isEqualTo(ArgumentFinder.ENDURED);
    }

    @Test
    void whomOneWarnsOrUrgesToActActsNeverTheOneWhoAsks() {
        Annotated a = Annotated.of("The Pakistani army warned local tribesmen to stop protecting militants. "
                + "Russia urged Syria to halt the offensive. Putin ordered troops to withdraw from Syria.");
        assertThat(find(a, 0, "protecting").sources()).as("unnamed tribesmen, not the army").isEmpty();
        assertThat(countries(find(a, 1, "halt").sources())).containsExactly("SYR");
        assertThat(countries(find(a, 2, "withdraw").sources())).as("one's own troops act for one")
                .containsExactly("RUS");
    }

    @Test
    void aVerbMisparsedAsConjoinedToTheChargeIsNotTheAccusedsAct() {
        Annotated a = Annotated.of("He accused Britain of stealing the islands from Argentina, and called on "
                + "Mr. Blair to give them back. Iran accused Israel of having attacked its scientists.");
        assertThat(countries(find(a, 0, "called").sources())).doesNotContain("GBR");
        assertThat(countries(find(a, 1, "attacked").sources())).as("a perfect gerund is still the charge")
                .containsExactly("ISR");
    }

    @Test
    void aPassiveInfinitiveIsUndergoneByTheSubjectOfTheVerbItCompletes() {
        Arguments args = find(Annotated.of("Iran is expected to be sanctioned by the European Union."), 0, "sanctioned");
        assertThat(countries(args.targets())).containsExactly("IRN");
        assertThat(args.sources()).extracting(m -> m.actor().code()).containsExactly("IGOEUREEC");
    }

    @Test
    void aHisOwningTheObjectIsTheLastPersonNamedNeverAPluralTitle() {
        Annotated a = Annotated.of("Britain's economy grew. The UK budget was published. British officials met. "
                + "The prime minister addressed MPs at Westminster. The unions criticised his measures.");
        assertThat(find(a, 4, "criticised").targets()).as("his = the prime minister, not the MPs")
                .extracting(m -> m.actor().code()).containsExactly("GBRGOV");
    }

    @Test
    void anAddresseeNamedButUncodedLeavesTheTargetOpen() {
        Annotated a = Annotated.of("The Danish minister urged the men to step down from the Norwegian parliament. "
                + "Denmark urged European leaders to wake up from their denial over President Putin's victory. "
                + "Denmark urged Sweden to step down from the council.");
        Arguments men = find(a, 0, "urged");
        assertThat(men.targets()).as("the men, not the parliament they are to leave").isEmpty();
        assertThat(men.rule()).contains("uncoded-addressee");
        assertThat(find(a, 1, "urged").targets()).as("the leaders, not Putin").isEmpty();
        assertThat(countries(find(a, 2, "urged").targets())).containsExactly("SWE");
    }

    @Test
    void aPartyFollowedByAnAuxiliaryIsTheSubjectOfAnotherClause() {
        Annotated a = Annotated.of("The Danish minister pledged Sweden would receive more aid. "
                + "The Danish minister pledged Sweden more aid. "
                + "Norway expelled inspectors of the IAEA from sites after officials said the agency had lied.");
        assertThat(find(a, 0, "pledged").targets()).isEmpty();
        assertThat(countries(find(a, 1, "pledged").targets())).containsExactly("SWE");
        assertThat(codes(find(a, 2, "expelled").targets())).as("a clause inside the object ends with 'had'")
                .containsExactly("IGOUNOIAE");
    }

    @Test
    void aPersonNamedInWhatIsWantedIsNoOneItIsToward() {
        Annotated a = Annotated.of("The Danish minister wants a greater role for President Vladimir Putin. "
                + "The Danish minister wants closer EU links.");
        assertThat(find(a, 0, "wants").targets()).isEmpty();
        assertThat(codes(find(a, 1, "wants").targets())).containsExactly("IGOEUREEC");
    }

    @Test
    void aCountryModifyingAPolicyIsItsGovernmentAndTheSourcesOwnIsNoTarget() {
        Annotated a = Annotated.of("Iran attacked US policy on Iraq. Russian ministers defended Russian policy on Syria.");
        assertThat(codes(find(a, 0, "attacked").targets())).containsExactly("USAGOV");
        assertThat(find(a, 1, "defended").targets()).as("their own country's policy").isEmpty();
    }

    @Test
    void thoseWhoHelpTheSourceAreNoTarget() {
        Annotated a = Annotated.of("The militant was captured by Jordanian troops with the aid of Iraqi intelligence officers.");
        assertThat(countries(find(a, 0, "captured").targets())).doesNotContain("IRQ");
    }

    @Test
    void aConjoinedObjectBeforeAnAuxiliaryIsTheNextClausesSubject() {
        // parsed with Canada as a second object of "proposed"
        Annotated a = Annotated.of("Germany also proposed a freeze and Canada has begun its own moratorium. "
                + "Germany criticised France and Canada on Monday.");
        assertThat(countries(find(a, 0, "proposed").targets())).doesNotContain("CAN");
        assertThat(countries(find(a, 1, "criticised").targets())).containsExactly("FRA", "CAN");
    }

    @Test
    void aPronounInWhatIsSaidIsTheSpeakerOnlyWhenItCanStandForIt() {
        Annotated a = Annotated.of("Egyptian authorities say a bus driver is in custody after he opened fire on Israeli tourists. "
                + "The Iranian foreign minister said he would visit Moscow.");
        assertThat(find(a, 0, "opened").sources()).as("'he' is no authorities").isEmpty();
        assertThat(codes(find(a, 1, "visit").sources())).containsExactly("IRNGOV");
        Annotated un = Annotated.of("U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw "
                + "weapons inspectors from Iraq.");
        assertThat(codes(find(un, 0, "withdraw").sources())).as("a person the U.N. name opens the title of")
                .containsExactly("IGOUNO");
    }

    @Test
    void aPastParticipleWithASubjectButNoAuxiliaryIsAReducedPassive() {
        // parsed with "detainees" as the subject of "released", and "soldiers" of "killed"
        Annotated a = Annotated.of("Five British detainees released from Guantanamo in March last year were questioned "
                + "by police. In April the dam fell after several days of fighting that saw 120 Iraqi soldiers and a "
                + "senior general killed. Figures released by the Japanese government showed growth.");
        Arguments released = find(a, 0, "released");
        assertThat(released.sources()).isEmpty();
        assertThat(countries(released.targets())).containsExactly("GBR");
        assertThat(find(a, 1, "killed").sources()).as("the soldiers were killed").isEmpty();
        assertThat(a.triggers(2)).as("released figures are published, no one is freed").isEmpty();
    }

    @Test
    void aVerbConjoinedBeforeASharedObjectActsOnIt() {
        Annotated a = Annotated.of("Russian troops shot and killed a Ukrainian soldier. "
                + "Russian troops attacked Kiev and withdrew.");
        assertThat(codes(find(a, 0, "killed").targets())).containsExactly("UKRMIL");
        assertThat(find(a, 1, "withdrew").targets()).as("the first verb's object comes before it").isEmpty();
    }

    @Test
    void itsInTheObjectIsTheDoersOwnUnlessTheActIsForce() {
        Annotated a = Annotated.of("Diplomats at the United Nations said Iran is hiding tunnels to protect parts of its "
                + "nuclear program. Iran said Israel had struck its bases near Damascus.");
        assertThat(find(a, 0, "protect").targets()).as("its = Iran, the doer").isEmpty();
        assertThat(countries(find(a, 1, "struck").targets())).as("what is struck is another's").containsExactly("IRN");
    }

    @Test
    void aReportedClauseHungLooselyOnTheSpeechVerbIsNotTheSpeakersAct() {
        Annotated a = Annotated.of("Palestinian officials say fighting between Hamas and a powerful family in the Gaza "
                + "Strip has killed 11 people.");
        // as the pipeline parses it: the speech verb heads the sentence (ParseRepairs), the gerund is split off
        DependencyTree repaired = new DependencyTree(ParseRepairs.repaired(a.tree(0).sentence()));
        Trigger fighting = a.trigger(0, "fighting");
        assertThat(repaired.baseRelation(fighting.token())).as("the misparse").isEqualTo("dep");
        assertThat(finder.find(repaired, fighting, a.actors()).sources()).isEmpty();
        Annotated set = Annotated.of("This is the record Mr Putin will have to defend, Ukraine said, urging voters "
                + "to hold him to account.");
        assertThat(set.tree(0).baseRelation(set.trigger(0, "urging").token())).isEqualTo("dep");
        assertThat(countries(find(set, 0, "urging").sources())).as("set off by a comma: the speaker's")
                .containsExactly("UKR");
    }

    @Test
    void aSecondObjectIsAPhraseTheParserCouldNotPlace() {
        Annotated a = Annotated.of("After rebels in Darfur staged an uprising in 2003, Sudanese security services and their "
                + "militia allies slaughtered tens of thousands of civilians, leading to condemnation around the world, "
                + "genocide charges at the International Criminal Court against Sudan's president, Omar Hassan al-Bashir, "
                + "and a new round of American sanctions.");
        DependencyTree tree = a.tree(0);
        int slaughtered = a.trigger(0, "slaughtered").token();
        assertThat(tree.children(slaughtered, "obj")).as("the parse: two objects").hasSize(2);
        assertThat(find(a, 0, "slaughtered").targets()).as("the court is no victim").isEmpty();
        Annotated one = Annotated.of("Russian jets bombed a hospital in Damascus and a school.");
        assertThat(codes(find(one, 0, "bombed").targets())).containsExactly("SYR");
        Annotated renamed = Annotated.of("Pakistan Army launched a strategic offensive military operation, Operation "
                + "Rah-e-Nijat, against militants in South Waziristan Agency on June 19, 2009.");
        assertThat(codes(find(renamed, 0, "launched").targets())).as("a second object that renames the first")
                .containsExactly("---REB");
        Annotated who = Annotated.of("Mr. Zhvania, who is currently visiting the United States, made the comment Wednesday.");
        assertThat(codes(find(who, 0, "visiting").targets())).as("'who' read as an object before the verb")
                .containsExactly("USA");
    }

    @Test
    void aCapitalModifyingAnActSaysWhereNotWho() {
        Annotated a = Annotated.of("In 1991, Prime Minister Yitzhak Shamir opposed the Madrid peace talks. "
                + "Shamir criticised the Baghdad government.");
        assertThat(find(a, 0, "opposed").targets()).isEmpty();
        assertThat(codes(find(a, 1, "criticised").targets())).as("a body word names who").containsExactly("IRQGOV");
    }

    @Test
    void aParticipleThatTookTheObjectAsItsSubjectDescribesIt() {
        Annotated a = Annotated.of("German authorities have released a Lebanese man arrested in connection with "
                + "an alleged plot against Iraqi interim Prime Minister Iyad Allawi.");
        DependencyTree tree = a.tree(0);
        int arrested = a.trigger(0, "arrested").token();
        assertThat(tree.relation(arrested)).as("the parse: a clause hung on 'released'").isEqualTo("dep");
        assertThat(codes(find(a, 0, "released").targets())).containsExactly("LBNCVL");
        assertThat(find(a, 0, "arrested").sources()).as("the man was arrested, he arrested nobody").isEmpty();
    }

    @Test
    void whomAPassiveJudgementIsPassedOnIsNotWhereTheyLive() {
        Annotated a = Annotated.of("A Jewish settler in the West Bank has been indicted by an Israeli court. "
                + "A soldier in the West Bank was shot by militants.");
        assertThat(find(a, 0, "indicted").targets()).isEmpty();
        assertThat(codes(find(a, 1, "shot").targets())).as("force keeps the place").containsExactly("PSE");
    }

    @Test
    void forcesNamedInAnActsPhraseAreEachOfTheirCountriesAndNotOfWhereTheyServe() {
        Annotated a = Annotated.of("Afghan President Hamid Karzai condemned a recent drug raid by U.S. and Russian forces. "
                + "A raid by multinational forces in Iraq freed three aid workers. "
                + "Security forces in Guinea have tortured scores of Liberian refugees.");
        assertThat(codes(find(a, 0, "condemned").targets())).containsExactlyInAnyOrder("RUSMIL", "USAMIL");
        assertThat(countries(find(a, 1, "freed").sources())).as("forces in Iraq are not Iraq's").doesNotContain("IRQ");
        assertThat(countries(find(a, 2, "tortured").sources())).as("security forces act at home").containsExactly("GIN");
    }
}
