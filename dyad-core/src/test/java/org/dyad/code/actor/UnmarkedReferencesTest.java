package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * Domestic references with no country of their own take the article's home country; parties in a
 * title give a person their dated code. Stories written for the test; dates chosen to show the
 * party's role changing with the government.
 */
class UnmarkedReferencesTest {
    private static final String UK_STORY = "Britain's trade unions met in London on Monday. The UK economy grew, "
            + "British officials said. ";

    @Test
    void theGovernmentOfADomesticStoryIsTheHomeCountrys() {
        Annotated a = Annotated.of(UK_STORY + "The government rejected the demands of the opposition.");
        ActorMention government = a.mention(2, "government");
        assertThat(government.actor().code()).isEqualTo("GBRGOV");
        assertThat(government.kb()).startsWith("home:GBR(");
        assertThat(a.mention(2, "opposition").actor().code()).isEqualTo("GBROPP");
    }

    @Test
    void aStoryAboutTwoCountriesLeavesTheGovernmentUnplaced() {
        Annotated a = Annotated.of("Russia and Iran signed a deal. Russian and Iranian officials met in Tehran. "
                + "Moscow and Iran will meet again. The government welcomed the deal.");
        assertThat(a.mentions(3, "government")).isEmpty();
    }

    @Test
    void aBodyNamedJustBeforeWithItsCountryIsTheOneTheDefiniteReferenceMeans() {
        Annotated a = Annotated.of("Nepal's army is searching the mountains for missing troops. "
                + "The army said that 40 soldiers were killed.");
        ActorMention army = a.mention(1, "army");
        assertThat(army.actor().code()).isEqualTo("NPLMIL");
        assertThat(army.kb()).isEqualTo("named-before:NPLMIL@0");
        Annotated uk = Annotated.of(UK_STORY + "Iraq's army attacked the rebels. The army said 40 rebels died.");
        assertThat(uk.mention(3, "army").kb()).as("a story with a home country means its own").startsWith("home:GBR(");
        Annotated title = Annotated.of("Iraq's government met the rebels. The minister said the talks went well.");
        assertThat(title.mentions(1, "minister")).as("a title is not read back to a body").isEmpty();
        Annotated embassy = Annotated.of("Hundreds of Islamists assaulted the U.S. Embassy in Tunis. "
                + "The government outlawed the group behind the attack.");
        assertThat(embassy.mention(0, "Embassy").actor().code()).as("the embassy is the United States'").isEqualTo("USAGOV");
        assertThat(embassy.mentions(1, "government")).as("an office abroad is not the government at home")
                .allMatch(m -> !"USAGOV".equals(m.actor().code()));
    }

    @Test
    void policeAndProtestersAreOfTheOneCountryTheirSentenceNames() {
        Annotated a = Annotated.of("Police in Pakistan arrested 12 opposition activists on Tuesday. "
                + "Eight policemen were killed in southern Afghanistan. "
                + "Police and Indian protesters clashed in Pakistan.");
        ActorMention police = a.mention(0, "Police");
        assertThat(police.actor().code()).isEqualTo("PAKCOP");
        assertThat(police.kb()).isEqualTo("only-country:PAK");
        assertThat(a.mention(0, "opposition").actor().code()).isEqualTo("PAKOPP");
        assertThat(a.mention(1, "policemen").actor().code()).isEqualTo("AFGCOP");
        assertThat(a.mentions(2, "Police")).as("two countries named").isEmpty();
        Annotated uk = Annotated.of(UK_STORY + "Police in Pakistan arrested two men.");
        assertThat(uk.mention(2, "Police").kb()).as("a story with a home country keeps the home rule")
                .doesNotStartWith("only-country");
    }

    @Test
    void twoCountriesBodiesOrOneNamedTooLongBeforeGiveNoCountry() {
        Annotated two = Annotated.of("Israeli and Palestinian police met on Monday. The police said the talks went well.");
        assertThat(two.mentions(1, "police")).isEmpty();
        Annotated far = Annotated.of("Nepal's army searched the mountains. Rain fell there. Snow fell later. "
                + "The army said that 40 soldiers were killed.");
        assertThat(far.mentions(3, "army")).isEmpty();
        Annotated other = Annotated.of("China's authorities detained two reporters. "
                + "Romanian President Ion Popa says authorities are working to free three Romanian journalists.");
        assertThat(other.mentions(1, "authorities")).as("its own sentence names another country").isEmpty();
    }

    @Test
    void indefiniteForeignAndOwnedBodiesAreNotTheHomeCountrys() {
        Annotated a = Annotated.of(UK_STORY + "A government can fall. Foreign governments were silent. "
                + "The government of Iran protested.");
        assertThat(a.mentions(2, "government")).isEmpty();
        assertThat(a.mentions(3, "governments")).isEmpty();
        assertThat(a.actors().in(4)).extracting(m -> m.actor().country()).doesNotContain("GBR");
        Annotated accused = Annotated.of(UK_STORY + "The unions accused the government of lying.");
        assertThat(accused.mention(2, "government").actor().code()).as("the 'of' is the verb's").isEqualTo("GBRGOV");
    }

    @Test
    void anIndefiniteArticleBeforeACompoundIsItsLastNounsNotTheBodys() {
        Annotated a = Annotated.of(UK_STORY + "A government scheme has failed. A government can fall.");
        assertThat(a.mention(2, "government").actor().code()).as("one scheme of the government").isEqualTo("GBRGOV");
        assertThat(a.mentions(3, "government")).as("a government alone").isEmpty();
    }

    @Test
    void titlesOfDomesticOfficesArePlacedAndShadowOnesAreTheOppositions() {
        Annotated a = Annotated.of(UK_STORY + "The foreign secretary met ministers. "
                + "Shadow chancellor Harold Pemberton criticised the plan.");
        assertThat(a.mention(2, "foreign").actor().code()).isEqualTo("GBRGOV");
        assertThat(a.mention(2, "ministers").actor().code()).isEqualTo("GBRGOV");
        Actor shadow = a.mention(3, "Pemberton").actor();
        assertThat(shadow.code()).isEqualTo("GBROPP");
        assertThat(a.mentions(3, "chancellor")).as("the title belongs to the person").isEmpty();
    }

    @Test
    void aBodyOfANamedOrganisationIsNotTheHomeCountrys() {
        Annotated a = Annotated.of(UK_STORY + "The chancellor met G8 finance ministers. "
                + "The prime minister met NATO defence ministers. The police chiefs met the home secretary.");
        assertThat(a.actors().in(2)).extracting(m -> m.actor().code())
                .as("the chancellor and the G8, no home ministers").containsExactly("GBRGOV", "IGOBUSGOE");
        assertThat(a.mentions(3, "ministers")).as("NATO's, two words on").isEmpty();
        assertThat(a.mention(4, "chiefs").actor().code()).as("a plural title").isEqualTo("GBRCOP");
    }

    @Test
    void aPublicBodyTheDictionariesDoNotKnowIsTheHomeCountrys() {
        Annotated a = Annotated.of(UK_STORY + "The National Audit Office praised ministers. "
                + "The International Coffee Agency was not impressed.");
        ActorMention nao = a.mention(2, "National Audit Office");
        assertThat(nao.actor().code()).isEqualTo("GBRGOV");
        assertThat(a.actors().in(3)).extracting(m -> m.actor().country()).doesNotContain("GBR");
    }

    @Test
    void unplacedPeopleAndOrganisationsOfADomesticStoryAreTheHomeCountrys() {
        Annotated a = Annotated.of(UK_STORY + "Harold Pemberton, a friend of the family, criticised the Refugee Council.");
        ActorMention person = a.mention(2, "Pemberton");
        assertThat(person.actor().code()).isEqualTo("GBR");
        assertThat(person.kb()).startsWith("home:GBR(");
        assertThat(a.mention(2, "Refugee Council").actor().code()).isEqualTo("GBR");
    }

    @Test
    void aTownTheTaggerTakesForAClubAndADescribedCompanyAreNotHomeBodies() {
        Annotated a = Annotated.of(UK_STORY + "The Tory leader visited Manchester United and Manchester. "
                + "Vodafone sold phones to French car maker Peugeot.");
        assertThat(a.actors().in(2)).extracting(m -> m.actor().text()).doesNotContain("Manchester");
        assertThat(a.mention(3, "Peugeot").actor().country()).as("its description places it").isEqualTo("FRA");
        Annotated titled = Annotated.of(UK_STORY + "Lib Dem leader Harold Pemberton criticised ministers.");
        assertThat(titled.mention(2, "Pemberton").actor().code()).isEqualTo("GBROPP");
        assertThat(titled.actors().in(2)).extracting(m -> m.actor().text()).as("the party is his title")
                .doesNotContain("Lib Dem");
        Annotated store = Annotated.of(UK_STORY + "Tesco will buy May Department Stores.");
        assertThat(store.mention(2, "Department Stores").actor().code()).as("a company, not a ministry").isEqualTo("GBR");
    }

    @Test
    void unplacedPeopleOfAStoryWithoutAHomeCountryStayUncoded() {
        Annotated a = Annotated.of("Russia and Iran signed a deal. Russian and Iranian officials met in Tehran. "
                + "Moscow and Iran will meet again. Harold Pemberton criticised the deal.");
        assertThat(a.mention(3, "Pemberton").actor().code()).isNull();
    }

    @Test
    void genericTitlesStayUnplaced() {
        Annotated a = Annotated.of(UK_STORY + "The spokesman declined to comment.");
        assertThat(a.mentions(2, "spokesman")).isEmpty();
    }

    @Test
    void aPartyInATitleGivesItsCodeOnTheDay() {
        String text = "Labour spokesman Arthur Penhallow attacked the plan. It was opposed by Tory MP Jane Colquhoun.";
        Annotated in2005 = Annotated.of(text, "2005-03-01", PersonRegistry.empty());
        assertThat(in2005.mention(0, "Penhallow").actor().code()).as("Labour governed in 2005").isEqualTo("GBRGOV");
        assertThat(in2005.mention(1, "Colquhoun").actor().code()).as("a seat in parliament says more").isEqualTo("GBRLEG");
        assertThat(in2005.mentions(0, "Labour")).as("the party word is the person's title").isEmpty();
        Annotated in2015 = Annotated.of(text, "2015-09-01", PersonRegistry.empty());
        assertThat(in2015.mention(0, "Penhallow").actor().code()).as("in opposition in 2015").isEqualTo("GBROPP");
    }

    @Test
    void aBarePartyNameIsAnActorOfItsCountry() {
        Annotated a = Annotated.of("The Tories accused the Liberal Democrats of hypocrisy.", "2005-03-01",
                PersonRegistry.empty());
        ActorMention tories = a.mention(0, "Tories");
        assertThat(tories.actor().code()).isEqualTo("GBROPP");
        assertThat(tories.kind()).isNotEqualTo(Kind.PERSON);
        assertThat(tories.kb()).startsWith("kb:actors-facts.tsv:");
        assertThat(a.mention(0, "Liberal").actor().code()).isEqualTo("GBROPP");
    }

    @Test
    void aTitleAcrossAVerbIsAnotherPersons() {
        Annotated a = Annotated.of(UK_STORY + "Harold Pemberton accused the chancellor of hiding the figures. "
                + "The chancellor, Harold Pemberton, denied it.");
        assertThat(a.mention(2, "chancellor").actor().code()).as("the one accused, not Pemberton's title")
                .isEqualTo("GBRGOV");
        assertThat(a.mentions(3, "chancellor")).as("an apposition is the person's title").isEmpty();
    }

    @Test
    void aPartyNameTheTaggerCallsACommonNounIsStillTheParty() {
        // before a verb the POS tagger reads "Labour" as the noun "labour"; NER still names it
        Annotated a = Annotated.of("Labour was accused by the Tories of hiding the figures.", "2005-03-01",
                PersonRegistry.empty());
        assertThat(a.mention(0, "Labour").actor().code()).isEqualTo("GBRGOV");
    }

    @Test
    void aPartyBeforeATitleMakesThePersonThePartys() {
        Annotated a = Annotated.of(UK_STORY + "Lib Dem spokesman Arthur Penhallow attacked the plan. "
                + "Lib Dem chairman Jane Colquhoun agreed.", "2005-03-01", PersonRegistry.empty());
        assertThat(a.mention(2, "Penhallow").actor().code()).as("the opposition's spokesman, not the state's")
                .isEqualTo("GBROPP");
        assertThat(a.mention(3, "Colquhoun").actor().code()).isEqualTo("GBROPP");
    }

    @Test
    void theUnionsOfADomesticStoryAreItsOrganisedLabour() {
        Annotated a = Annotated.of(UK_STORY + "Five public sector unions met the deputy prime minister. "
                + "He held talks with senior union figures. Workers were unhappy.");
        assertThat(a.mention(2, "unions").actor().code()).isEqualTo("GBRLAB");
        assertThat(a.mention(3, "union figures").actor().code()).isEqualTo("GBRLAB");
        assertThat(a.mentions(4, "Workers")).as("workers in general are no party").isEmpty();
    }

    @Test
    void aPartysLegislatorsSitInParliament() {
        Annotated a = Annotated.of("Some Labour MPs criticised the plan.", "2005-03-01", PersonRegistry.empty());
        assertThat(a.mention(0, "Labour MPs").actor().code()).as("not the government").isEqualTo("GBRLEG");
    }

    @Test
    void aPartysNameQualifyingANounIsTheParty() {
        Annotated a = Annotated.of("Tony Blair has rejected a Conservative compromise offer.", "2005-03-01",
                PersonRegistry.empty());
        assertThat(a.mention(0, "Conservative").actor().code()).isEqualTo("GBROPP");
    }

    @Test
    void anAgreementOrALawTheTaggerNamedIsNoActor() {
        Annotated a = Annotated.of(UK_STORY + "The Home Office said ministers would support a nationwide Cessation "
                + "of Hostilities. Ministers defended the Licensing Act. Ministers praised the Food Standards Agency.");
        int n = a.article().sentences().size();
        assertThat(a.actors().in(n - 3)).extracting(m -> m.actor().text()).doesNotContain("Cessation of Hostilities");
        assertThat(a.actors().in(n - 2)).extracting(m -> m.actor().text()).doesNotContain("Licensing Act");
        assertThat(a.actors().in(n - 1)).extracting(m -> m.actor().text()).as("a body still is one")
                .contains("Food Standards Agency");
    }
}
