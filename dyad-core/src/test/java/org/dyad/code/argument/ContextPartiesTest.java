package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.argument.ArgumentFinderTest.countries;

import java.util.List;
import java.util.Set;
import org.dyad.code.Annotated;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.time.EventDater;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.model.Actor;
import org.dyad.model.Certainty;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Parties a sentence does not name but its context does. */
class ContextPartiesTest {
    private final ArgumentFinder finder = new ArgumentFinder(Annotated.cues());
    private final ContextParties context = new ContextParties(finder);

    /** The first sentence's signing as a coded draft: Russia signs with Iran. */
    private static EventDraft signing(Annotated a) {
        return draft(a, 0, "signed", "Russia", "Iran");
    }

    /** A coded draft of sentence's trigger, from the mention named source to the one named target. */
    private static EventDraft draft(Annotated a, int sentence, String trigger, String source, String target) {
        return new EventDraft(a.trigger(sentence, trigger), a.mention(sentence, source), a.mention(sentence, target),
                Certainty.ASSERTED, null, new EventDater.Dated("2024-03-15", "day", "published"), null, List.of(), "subject");
    }

    private Arguments complete(Annotated a, int sentence, String trigger) {
        return completeAfter(a, sentence, trigger, signing(a));
    }

    private Arguments completeAfter(Annotated a, int sentence, String trigger, EventDraft before) {
        Trigger t = a.trigger(sentence, trigger);
        Arguments found = finder.find(a.tree(sentence), t, a.actors());
        return context.complete(a.tree(sentence), t, found, a.actors(), List.of(before));
    }

    @Test
    void aPluralStandInBorrowsTheLastDyad() {
        Annotated a = Annotated.of("Russia signed an agreement with Iran. The two countries will cooperate on energy.");
        Arguments args = complete(a, 1, "cooperate");
        assertThat(countries(args.sources())).containsExactly("RUS");
        assertThat(countries(args.targets())).containsExactly("IRN");
        assertThat(args.rule()).isEqualTo("context-dyad");
    }

    @Test
    void theyStandsForAPairOnlyWhenTheTextNamedThemAsOne() {
        Annotated a = Annotated.of("Russian-Iranian cooperation is growing. They also cooperate in Syria.");
        Trigger coop = a.trigger(0, "cooperation");
        Arguments pair = finder.find(a.tree(0), coop, a.actors());
        EventDraft paired = new EventDraft(coop, pair.sources().get(0), pair.targets().get(0), Certainty.ASSERTED, null,
                new EventDater.Dated("2024-03-15", "day", "published"), null, List.of(), pair.rule());
        Trigger support = a.trigger(1, "cooperate");
        Arguments args = context.complete(a.tree(1), support, finder.find(a.tree(1), support, a.actors()), a.actors(),
                List.of(paired));
        assertThat(args.rule()).isEqualTo("context-dyad");
        Arguments unpaired = context.complete(a.tree(1), support, finder.find(a.tree(1), support, a.actors()), a.actors(),
                List.of(signing(Annotated.of("Russia signed an agreement with Iran."))));
        assertThat(unpaired.rule()).as("a one-way event names no pair").isNotEqualTo("context-dyad");
    }

    @Test
    void aSingularCountryIsNoStandInForBothParties() {
        Annotated a = Annotated.of("Russia signed an agreement with Iran. The country will cooperate on energy.");
        assertThat(complete(a, 1, "cooperate").isEmpty()).isTrue();
    }

    @Test
    void cooperationIsNotCarriedOverToConflict() {
        Annotated a = Annotated.of("Russia signed an agreement with Iran. The two countries attacked the town.");
        assertThat(complete(a, 1, "attacked").isEmpty()).as("polarity guard").isTrue();
    }

    @Test
    void aBareNounNamingTheSameActBorrowsItsParties() {
        Annotated a = Annotated.of("Russia signed an agreement with Iran. The deal covers oil and gas.");
        Arguments args = complete(a, 1, "deal");
        assertThat(countries(args.sources())).containsExactly("RUS");
        assertThat(countries(args.targets())).containsExactly("IRN");
    }

    @Test
    void anotherActOfTheSameKindOrAPairsActTowardAThirdBorrowsNothing() {
        Annotated a = Annotated.of("Russia blamed Iran for the attack. The accusations came days after the vote. "
                + "Russia signed an agreement with Iran. The two leaders called for calm.");
        assertThat(completeAfter(a, 1, "accusations", draft(a, 0, "blamed", "Russia", "Iran")).isEmpty())
                .as("blaming, then accusations: maybe a new act").isTrue();
        assertThat(completeAfter(a, 3, "called", draft(a, 2, "signed", "Russia", "Iran")).targets())
                .as("their call is to others, not to each other").isEmpty();
    }

    @Test
    void aBareNounNamingAnotherActBorrowsNothing() {
        Annotated a = Annotated.of("Russia signed an agreement with Iran. The protests continued.");
        assertThat(complete(a, 1, "protests").isEmpty()).isTrue();
    }

    @Test
    void whoeverOrdersOrRefersASanctionIsNotItsTarget() {
        Annotated a = Annotated.of("President Bush signed an executive order for the sanctions on Monday.");
        Trigger t = a.trigger(0, "sanctions");
        Arguments args = context.complete(a.tree(0), t, finder.find(a.tree(0), t, a.actors()), a.actors(), List.of());
        assertThat(args.targets()).as("Bush imposes them").isEmpty();
    }

    @Test
    void anEmbargoLiftedInsideAnotherClauseTargetsThatClausesSubject() {
        Annotated a = Annotated.of("Iran marked the anniversary of the lifting of the embargo.");
        Trigger t = a.trigger(0, "lifting");
        Arguments args = context.complete(a.tree(0), t, finder.find(a.tree(0), t, a.actors()), a.actors(), List.of());
        assertThat(args.sources()).isEmpty();
        assertThat(countries(args.targets())).containsExactly("IRN");
        assertThat(args.rule()).isEqualTo("matrix-participant");
        Annotated said = Annotated.of("The Iranian president said there could be no lifting of the embargo.");
        Trigger lifting = said.trigger(0, "lifting");
        assertThat(context.complete(said.tree(0), lifting, finder.find(said.tree(0), lifting, said.actors()),
                said.actors(), List.of()).targets()).as("a speaker is no participant of what is said").isEmpty();
        Annotated setting = Annotated.of("In a statement before the lifting of the embargo, Iran criticised the plan.");
        Trigger before = setting.trigger(0, "lifting");
        assertThat(context.complete(setting.tree(0), before, finder.find(setting.tree(0), before, setting.actors()),
                setting.actors(), List.of()).targets()).as("when it spoke is no act done to it").isEmpty();
        Annotated modifier = Annotated.of("Iran takes all reports of sanctions violations seriously.");
        Trigger sanctions = modifier.trigger(0, "sanctions");
        assertThat(context.complete(modifier.tree(0), sanctions, finder.find(modifier.tree(0), sanctions,
                modifier.actors()), modifier.actors(), List.of()).targets()).as("a modifier, no act done").isEmpty();
    }

    @Test
    void aNounWithATargetButNoSourceTakesThePersonTheArticleFollows() {
        Annotated a = Annotated.of("Russian Defence Minister Sergei Shoigu arrived in Tehran. "
                + "Negotiations with Iran began on Monday.");
        Trigger t = a.trigger(1, "Negotiations");
        Arguments args = context.complete(a.tree(1), t, finder.find(a.tree(1), t, a.actors()), a.actors(), List.of());
        assertThat(args.sources()).extracting(m -> m.actor().text()).containsExactly("Sergei Shoigu");
        assertThat(countries(args.targets())).containsExactly("IRN");
        assertThat(args.rule()).isEqualTo("context-source");
    }

    @Test
    void theDoerOfForceIsNeverThePersonTheArticleFollows() {
        Annotated a = Annotated.of("Palestinian President Mahmoud Abbas arrived in Gaza. "
                + "Several family members were involved in the kidnapping of a British journalist.");
        Trigger t = a.trigger(1, "kidnapping");
        Arguments args = context.complete(a.tree(1), t, finder.find(a.tree(1), t, a.actors()), a.actors(), List.of());
        assertThat(args.sources()).as("not Abbas").isEmpty();
        assertThat(args.rule()).isNotEqualTo("context-source");
    }

    @Test
    void aDoerLeftOpenOnPurposeIsNotThePersonTheArticleFollows() {
        Annotated a = Annotated.of("German Chancellor Olaf Scholz arrived in Kyiv. "
                + "The European Union imposed sanctions on Belarus over its support for Russia. "
                + "Belarus stepped up its support for Russia.");
        Trigger t = a.trigger(1, "support");
        Arguments args = context.complete(a.tree(1), t, finder.find(a.tree(1), t, a.actors()), a.actors(), List.of());
        assertThat(args.sources()).isEmpty();
        Trigger own = a.trigger(2, "support");
        assertThat(countries(context.complete(a.tree(2), own, finder.find(a.tree(2), own, a.actors()), a.actors(),
                List.of()).sources())).as("a light verb's own act").containsExactly("BLR");
        Annotated b = Annotated.of("German Chancellor Olaf Scholz arrived in Kyiv. "
                + "Officials said they would not be a threat to the security of Russia.");
        Trigger threat = b.trigger(1, "threat");
        assertThat(context.complete(b.tree(1), threat, finder.find(b.tree(1), threat, b.actors()), b.actors(), List.of())
                .sources()).as("a predicate noun's own subject is its doer").isEmpty();
    }

    // protest targets: CAMEO's convention, no parsing needed

    private static final Trigger PROTEST = new Trigger(0, 2, new TriggerDictionary.Pattern("protest", 'V', "140", null,
            Set.of(), Set.of(), List.of(), false, "test"), true);

    private static ActorMention students(String country) {
        return new ActorMention(0, 1, 1, new Actor("students", country + "EDU", country, "EDU", List.of("EDU")),
                ActorDictionary.Kind.GROUP);
    }

    /** Two sentences that make Britain the article's home country; the sentences under test follow. */
    private static final String UK_STORY = "Britain's unions met in London. British officials said the UK economy grew. ";

    private Arguments appealTarget(Annotated a, int sentence, String word) {
        Trigger t = a.trigger(sentence, word);
        return ContextParties.appealTarget(a.tree(sentence), t, finder.find(a.tree(sentence), t, a.actors()), a.actors());
    }

    private Arguments policyOwner(Annotated a, int sentence, String word) {
        Trigger t = a.trigger(sentence, word);
        return ContextParties.policyOwner(a.tree(sentence), t, finder.find(a.tree(sentence), t, a.actors()), a.actors());
    }

    private Arguments authority(Annotated a, int sentence, String word, Event.Place place) {
        Trigger t = a.trigger(sentence, word);
        return ContextParties.coercingAuthority(a.tree(sentence), t, finder.find(a.tree(sentence), t, a.actors()),
                a.actors(), place);
    }

    @Test
    void anArrestOrJailingWithNoAgentIsThePolicesOrTheCourtsOfWhereItHappened() {
        Annotated a = Annotated.of(UK_STORY + "The British opposition leader was arrested on Tuesday. "
                + "The British opposition leader was jailed for six months. "
                + "The British opposition leader can be jailed for six months. "
                + "The British opposition leader was arrested by French police.");
        Arguments arrest = authority(a, 2, "arrested", null);
        assertThat(arrest.sources()).extracting(m -> m.actor().code()).containsExactly("GBRCOP");
        assertThat(arrest.rule()).endsWith("+implied-authority");
        assertThat(authority(a, 3, "jailed", null).sources()).extracting(m -> m.actor().code()).containsExactly("GBRJUD");
        assertThat(authority(a, 2, "arrested", new Event.Place("Nairobi", "KEN", null, null)).sources())
                .as("where it happened").extracting(m -> m.actor().code()).containsExactly("KENCOP");
        assertThat(authority(a, 4, "jailed", null).sources()).as("a rule stated, no act").isEmpty();
        assertThat(authority(a, 5, "arrested", null).sources()).as("the agent named")
                .extracting(m -> m.actor().country()).containsExactly("FRA");
    }

    @Test
    void anArrestAbroadWithNoPlaceNamedHasNoImpliedAuthority() {
        Annotated a = Annotated.of(UK_STORY + "The French opposition leader was arrested on Tuesday. "
                + "The British soldiers were detained in the US-led war.");
        assertThat(authority(a, 2, "arrested", null).sources()).isEmpty();
        assertThat(authority(a, 3, "detained", null).sources()).as("another country named").isEmpty();
        Annotated soldiers = Annotated.of("Two American soldiers have been charged with assaulting detainees.");
        Event.Place uruzgan = new Event.Place("Uruzgan", "AFG", null, null);
        assertThat(authority(soldiers, 0, "charged", uruzgan).sources())
                .as("foreign forces answer to their own, not to where they serve").isEmpty();
    }

    @Test
    void aDomesticAppealWithoutAddresseeIsToTheHomeGovernment() {
        Annotated a = Annotated.of(UK_STORY + "The British opposition called for an inquiry. The British government called for calm.");
        assertThat(finder.find(a.tree(2), a.trigger(2, "called"), a.actors()).targets()).isEmpty();
        Arguments args = appealTarget(a, 2, "called");
        assertThat(args.targets()).extracting(m -> m.actor().code()).containsExactly("GBRGOV");
        assertThat(args.rule()).endsWith("+appeal-target");
        assertThat(appealTarget(a, 3, "called").targets()).as("the government does not appeal to itself").isEmpty();
    }

    @Test
    void criticismOfAnUnownedPlanIsAimedAtTheHomeGovernment() {
        Annotated a = Annotated.of(UK_STORY + "The British unions criticised the plans. "
                + "The British unions criticised the French plans. The British unions criticised their own plans.");
        Arguments args = policyOwner(a, 2, "criticised");
        assertThat(args.targets()).extracting(m -> m.actor().code()).containsExactly("GBRGOV");
        assertThat(args.rule()).endsWith("+policy-owner");
        assertThat(policyOwner(a, 3, "criticised").targets()).extracting(m -> m.actor().code())
                .as("a plan with an owner is that owner's government").containsExactly("FRAGOV");
        assertThat(policyOwner(a, 4, "criticised").targets()).as("their plans").isEmpty();
        Annotated foreign = Annotated.of(UK_STORY + "American lawmakers criticised the plans.");
        assertThat(policyOwner(foreign, 2, "criticised").targets()).as("a foreign source's plan may be its own").isEmpty();
        Annotated own = Annotated.of(UK_STORY + "The British government defended the plans. "
                + "The British government rejected the plans.");
        assertThat(policyOwner(own, 2, "defended").targets()).as("its own plan: toward nobody").isEmpty();
        assertThat(policyOwner(own, 3, "rejected").targets()).extracting(m -> m.actor().code())
                .as("a plan it rejects is another's").containsExactly("GBRGOV");
    }

    @Test
    void anAppealToSomeoneNamedButUncodedIsNotToTheGovernment() {
        Annotated a = Annotated.of(UK_STORY + "The British opposition leader urged students to vote. "
                + "The British opposition leader urged a limit on quangos.");
        assertThat(appealTarget(a, 2, "urged").targets()).as("the students are its addressees").isEmpty();
        assertThat(appealTarget(a, 3, "urged").targets()).extracting(m -> m.actor().code()).containsExactly("GBRGOV");
    }

    @Test
    void aMoveOrARuleIsAPolicyWithAnOwner() {
        Annotated a = Annotated.of(UK_STORY + "The British unions welcomed the move. The British unions criticised the new rules.");
        assertThat(policyOwner(a, 2, "welcomed").targets()).extracting(m -> m.actor().code()).containsExactly("GBRGOV");
        assertThat(policyOwner(a, 3, "criticised").targets()).extracting(m -> m.actor().code()).containsExactly("GBRGOV");
    }

    @Test
    void whatAPhrasalRejectionActsOnHasItsOwner() {
        Annotated a = Annotated.of(UK_STORY + "The British unions voted against the plans.");
        assertThat(policyOwner(a, 2, "voted").targets()).extracting(m -> m.actor().code()).containsExactly("GBRGOV");
    }

    @Test
    void onlyAPublicAppealByItsSubjectIsToTheHomeGovernment() {
        Annotated a = Annotated.of(UK_STORY + "The British opposition leader declined to comment when asked.");
        assertThat(appealTarget(a, 2, "asked").targets()).isEmpty();
    }

    @Test
    void anAppealInAStoryWithoutHomeCountryKeepsNoTarget() {
        Annotated a = Annotated.of("Russia and Iran met. The Iranian opposition called for an inquiry.");
        Trigger appeal = a.trigger(1, "called");
        Arguments found = finder.find(a.tree(1), appeal, a.actors());
        assertThat(ContextParties.appealTarget(a.tree(1), appeal, found, a.actors()).targets()).isEmpty();
    }

    @Test
    void aProtestWithoutTargetIsAgainstTheGovernmentWhereItHappens() {
        Event.Place moscow = new Event.Place("Moscow", "RUS", 55.75, 37.62);
        Arguments args = ContextParties.protestTarget(PROTEST, new Arguments(List.of(students("IRN")), List.of(), "subject"), moscow);
        assertThat(args.targets()).extracting(m -> m.actor().code()).containsExactly("RUSGOV");
        assertThat(args.rule()).isEqualTo("subject+protest-target");
    }

    @Test
    void aProtestWithoutPlaceIsAgainstTheProtestersOwnGovernment() {
        Arguments args = ContextParties.protestTarget(PROTEST, new Arguments(List.of(students("IRN")), List.of(), "subject"), null);
        assertThat(args.targets()).extracting(m -> m.actor().code()).containsExactly("IRNGOV");
    }

    @Test
    void aStateThatProtestsDoesNotProtestAgainstItsOwnGovernment() {
        ActorMention japan = new ActorMention(0, 1, 1, new Actor("Japan", "JPN", "JPN", null, List.of()),
                ActorDictionary.Kind.COUNTRY);
        Arguments byJapan = new Arguments(List.of(japan), List.of(), "subject");
        assertThat(ContextParties.protestTarget(PROTEST, byJapan, null)).as("a diplomatic protest").isSameAs(byJapan);
        Event.Place tokyo = new Event.Place("Tokyo", "JPN", 35.69, 139.69);
        assertThat(ContextParties.protestTarget(PROTEST, byJapan, tokyo).targets()).isEmpty();
        Event.Place beijing = new Event.Place("Beijing", "CHN", 39.9, 116.4);
        assertThat(ContextParties.protestTarget(PROTEST, byJapan, beijing).targets())
                .as("protesting where it happens abroad").extracting(m -> m.actor().code()).containsExactly("CHNGOV");
    }

    @Test
    void aProtestWithATargetOrAnotherActIsLeftAlone() {
        Arguments named = new Arguments(List.of(students("IRN")), List.of(students("FRA")), "subject");
        assertThat(ContextParties.protestTarget(PROTEST, named, null)).isSameAs(named);
        Trigger visit = new Trigger(0, 2, new TriggerDictionary.Pattern("visit", 'V', "042", null, Set.of(), Set.of(),
                List.of(), false, "test"), true);
        Arguments alone = new Arguments(List.of(students("IRN")), List.of(), "subject");
        assertThat(ContextParties.protestTarget(visit, alone, null)).isSameAs(alone);
    }
    @Test
    void twoLeadersStandForThePartiesJustNamed() {
        Annotated a = Annotated.of("Russia signed an agreement with Iran. The two leaders will cooperate on energy.");
        Arguments args = complete(a, 1, "cooperate");
        assertThat(countries(args.sources())).containsExactly("RUS");
        assertThat(countries(args.targets())).containsExactly("IRN");
    }

    @Test
    void aNounThatNamesItsPairTakesNoSourceFromContext() {
        Annotated a = Annotated.of("Russia signed an agreement with Iran. "
                + "They discussed cooperation between the Iraqi government and the regional authorities.");
        assertThat(complete(a, 1, "cooperation").sources()).extracting(m -> m.actor().country()).doesNotContain("RUS", "IRN");
    }

    @Test
    void aNounActWhoseVerbNamesItsOwnSubjectBorrowsNoParty() {
        Annotated studied = Annotated.of("Russia signed an agreement with Iran. Local traders studied the deal.");
        assertThat(complete(studied, 1, "deal").sources()).as("the traders study it: no borrowed doer").isEmpty();
        Annotated series = Annotated.of("Russia signed an agreement with Iran. Villagers reported a series of deals.");
        assertThat(complete(series, 1, "deals").sources()).as("through 'a series of'").isEmpty();
        Annotated own = Annotated.of("Russia signed an agreement with Iran. The deal covers oil and gas.");
        assertThat(countries(complete(own, 1, "deal").sources())).as("the noun as subject names no other doer")
                .containsExactly("RUS");
    }
}
