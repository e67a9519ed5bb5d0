package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.dyad.code.actor.kb.KnownActor;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.CleanArticle;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** Each way ActorResolver finds who is named, on sentences written for it. */
class ActorResolverTest {

    @Test
    void anOpeningPhraseBeforeACommaIsNoTitleAndAMediumsEditionIsNoCountry() {
        Annotated a = Annotated.of("Before visiting Israel, Harold Pemberton met Egypt's foreign minister, Sameh Farouk. "
                + "Pemberton told BBC Wales he was pleased. "
                + "In an interview with the BBC, Mr Pemberton said the talks had failed. "
                + "For the Egyptian government, Hani Saleh said the talks went well.");
        assertThat(a.mention(0, "Pemberton").actor().country()).as("Israel is where he went").isNull();
        assertThat(a.mention(0, "Sameh Farouk").actor().code()).as("a title before the comma").isEqualTo("EGYGOV");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().text()).doesNotContain("Wales");
        assertThat(a.mention(2, "Pemberton").actor().code()).as("the BBC is whom he spoke to").isNotEqualTo("GBRMED");
        assertThat(a.mention(3, "Hani Saleh").actor().code()).as("whom he speaks for").isEqualTo("EGYGOV");
    }

    @Test
    void aPeerSitsInTheLordsUnlessATitleSaysMore() {
        Annotated a = Annotated.of("Baroness Hartley criticised the Home Office over the plans. "
                + "Science Minister Lord Penrose backed the Treasury. "
                + "Labour peer Lord Arden urged the government to think again. "
                + "The Home Office and the Treasury disagreed.");
        assertThat(a.mention(0, "Baroness Hartley").actor().code()).as("a title of rank the name opens with")
                .isEqualTo("GBRLEG");
        assertThat(a.mention(1, "Lord Penrose").actor().code()).as("the office wins over the rank").isEqualTo("GBRGOV");
        assertThat(a.mention(2, "Lord Arden").actor().code()).isEqualTo("GBRLEG");
    }

    @Test
    void aPeerTheTaggerTookForAnOrganisationIsStillAPerson() {
        // the tagger reads this "Lord Dubs" as an organisation, and "Dubs" as a verb
        Annotated a = Annotated.of("Lord Dubs urged the government to think again at a later stage. "
                + "The Home Office and the Treasury disagreed with the Lord Chancellor in London.");
        ActorMention dubs = a.mention(0, "Lord Dubs");
        assertThat(dubs.kind()).isEqualTo(ActorDictionary.Kind.PERSON);
        assertThat(dubs.actor().sector()).isEqualTo("LEG");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().text()).doesNotContain("Lord Chancellor")
                .as("an office is no peer's name");
    }

    @Test
    void aTitledNameTheTaggerSweptIntoAnOrganisationIsStillAPerson() {
        // the tagger reads "Labour MP Oona King" as one organisation
        Annotated a = Annotated.of("George Galloway is to stand against Labour MP Oona King at the next general election. "
                + "Conservative MP Bill Cash Committee members met.");
        ActorMention king = a.mention(0, "Oona King");
        assertThat(king.kind()).isEqualTo(ActorDictionary.Kind.PERSON);
        assertThat(king.actor().code()).isEqualTo("GBRLEG");
        assertThat(a.actors().in(1)).extracting(ActorMention::kind).doesNotContain(ActorDictionary.Kind.PERSON)
                .as("a committee is no person");
    }

    @Test
    void aLoneNameAfterAPrepositionOfPlaceIsAPlace() {
        // the tagger reads this "Hinckley" as a person
        Annotated a = Annotated.of("The MP announced his decision at a public meeting in Hinckley, Leicestershire last week. "
                + "In Blair's view, the plan was sound.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().text()).doesNotContain("Hinckley");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().text()).as("a possessive is a person's").contains("Blair");
    }

    @Test
    void aNameAfterAnHonorificIsAPersonWhateverTheTaggerSays() {
        // the tagger leaves "King" untagged after "Ms", as a title
        Annotated a = Annotated.of("The Glasgow MP accused Ms King of being a stooge. Mr Speaker called the house to order.");
        assertThat(a.mention(0, "King").kind()).isEqualTo(ActorDictionary.Kind.PERSON);
        assertThat(a.actors().in(1)).extracting(m -> m.actor().text()).doesNotContain("Speaker");
    }

    @Test
    void aGenericPartyNameIsAKnownForeignPartyOnlyWhereItsCountryIsNamed() {
        Annotated israel = Annotated.of("Israeli Prime Minister Ariel Sharon met members of his Likud party in Jerusalem. "
                + "Mr. Sharon asked members to approve the union with the rival Labor Party.");
        assertThat(israel.actors().in(1)).extracting(m -> m.actor().country()).doesNotContain("AUS");
        Annotated australia = Annotated.of("Australian voters went to the polls on Saturday. The Labor Party won the election.");
        assertThat(australia.mention(1, "Labor Party").actor().country()).isEqualTo("AUS");
    }

    @Test
    void aThingNamedAfterARoleIsNoGroup() {
        Annotated a = Annotated.of("Australia will buy 100 American jet fighters. American fighters attacked the town.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().code()).doesNotContain("USAREB");
        assertThat(a.mention(1, "American fighters").actor().code()).isEqualTo("USAREB");
    }

    @Test
    void armedMenNamedAsAPersonsAreTheArmedBodyOfTheirState() {
        Annotated a = Annotated.of("The war has lasted for six years. Assad's forces recaptured Aleppo in December. "
                + "Putin's troops attacked the city. Israeli forces killed two men. The parties joined forces.");
        assertThat(a.mention(1, "forces").actor().code()).isEqualTo("SYRMIL");
        assertThat(a.mention(1, "Assad").actor().code()).as("the possessor stays who he is").isEqualTo("SYRGOV");
        assertThat(a.mention(2, "troops").actor().code()).isEqualTo("RUSMIL");
        assertThat(a.mention(3, "Israeli forces").actor().code()).isEqualTo("ISRMIL");
        assertThat(a.mentions(4, "forces")).as("an idiom").isEmpty();
    }

    @Test
    void aStatesSecurityServicesAreItsIntelligence() {
        Annotated a = Annotated.of("Sudanese security services killed more than 10 civilians in Darfur last week.");
        assertThat(a.mention(0, "Sudanese security services").actor().code()).isEqualTo("SDNSPY");
    }

    @Test
    void aTitleOnlyOneStateGivesIsThatStatesUnlessTheTextNamesAnother() {
        Annotated a = Annotated.of("Iraq's parliament met in Baghdad. Iraqi officials said the vote was near. "
                + "The Foreign Secretary met the Iraqi Foreign Minister to discuss the fight against Daesh. "
                + "Indian Foreign Secretary Shyam Saran met Pakistani officials in Islamabad.");
        assertThat(a.mention(2, "Foreign Secretary").actor().code()).as("not the story's home country")
                .isEqualTo("GBRGOV");
        assertThat(a.mention(3, "Shyam Saran").actor().code()).isEqualTo("INDGOV");
    }

    @Test
    void formerOfficialsOfACountryAreItsElite() {
        Annotated a = Annotated.of("Former Iranian officials met Iranian diplomats. Russia's former officials met officers of the former Soviet Union.");
        assertThat(a.mention(0, "Iranian officials").actor().code()).isEqualTo("IRNELI");
        assertThat(a.mention(0, "Iranian diplomats").actor().code()).isEqualTo("IRNGOV");
        assertThat(a.mention(1, "Russia's former officials").actor().code()).isEqualTo("RUSELI");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().code())
                .as("'former Soviet Union' has no body word; 'Union' alone names no armed group").containsExactly("RUSELI");
    }

    @Test
    void titleBeforeANameGivesCountryAndSector() {
        Annotated a = Annotated.of("Iranian Foreign Minister Hossein Amirabdollahian met Chinese diplomats.");
        Actor minister = a.mention(0, "Amirabdollahian").actor();
        assertThat(minister.country()).isEqualTo("IRN");
        assertThat(minister.code()).isEqualTo("IRNGOV");
        assertThat(minister.text()).isEqualTo("Hossein Amirabdollahian");
        assertThat(a.mentions(0, "Iranian")).as("the title's country word is the person's, not an actor of its own")
                .isEmpty();
    }

    @Test
    void appositionAfterANameGivesTheCountry() {
        Annotated a = Annotated.of("Hossein Amirabdollahian, Iran's foreign minister, arrived in Beijing.");
        Actor minister = a.mention(0, "Amirabdollahian").actor();
        assertThat(minister.country()).isEqualTo("IRN");
        assertThat(minister.sectors()).contains("GOV");
    }

    @Test
    void aCountryNameAfterANameAndACommaOpensAClauseOfItsOwn() {
        Annotated a = Annotated.of("Palestinian President Mahmoud Abbas spoke in New York. He said that by supporting "
                + "moderate leaders like Mr. Abbas, the United States can help Palestinians.");
        assertThat(a.mention(1, "Abbas").actor().country()).as("not the United States'").isEqualTo("PSE");
    }

    @Test
    void aLaterSurnameMentionKeepsTheCode() {
        Annotated a = Annotated.of("Russian Defence Minister Sergei Shoigu visited Tehran. Shoigu later met Iranian generals.");
        Actor first = a.mention(0, "Shoigu").actor();
        Actor again = a.mention(1, "Shoigu").actor();
        assertThat(first.country()).isEqualTo("RUS");
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.text()).isEqualTo("Shoigu");
    }

    @Test
    void aCountryWordJoinedToABodyWordIsOneSectoredActor() {
        Annotated a = Annotated.of("The Iranian army attacked the rebels.");
        ActorMention army = a.mention(0, "Iranian");
        assertThat(army.actor().code()).isEqualTo("IRNMIL");
        assertThat(army.actor().text()).isEqualTo("Iranian army");
    }

    @Test
    void aBodyOrTitleOfACountryIsThatCountrysBody() {
        Annotated a = Annotated.of("The president of Kosovo met the army chief of Pakistan. "
                + "Lawmakers urged the Parliament of the United Kingdom to act. A former president of Iraq spoke.");
        assertThat(a.mention(0, "Kosovo").actor().code()).isEqualTo("KSVGOV");
        assertThat(a.mention(0, "Kosovo").actor().text()).isEqualTo("president of Kosovo");
        assertThat(a.mention(0, "Pakistan").actor().code()).isEqualTo("PAKMIL");
        assertThat(a.mention(1, "United Kingdom").actor().code()).as("'of the' too").isEqualTo("GBRLEG");
        assertThat(a.mention(2, "Iraq").actor().code()).as("a former holder is an elite").isEqualTo("IRQELI");
    }

    @Test
    void aNameHyphenedToWhatItBacksIsNoPartyAndACapitalItIsBasedInIsAPlace() {
        Annotated a = Annotated.of("A Madrid-based charity criticised the U.N.-backed government. "
                + "Iran-backed militias fired rockets. Saudi-led forces struck Sanaa.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().code()).doesNotContain("ESPGOV", "IGOUNO");
        assertThat(a.mention(0, "Madrid").actor().code()).as("where the charity is").isEqualTo("ESP");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().country()).doesNotContain("IRN");
        assertThat(a.mention(2, "Saudi").actor().country()).as("the leader acts").isEqualTo("SAU");
        Annotated anti = Annotated.of("Mass anti-Syrian protests erupted in Beirut.");
        assertThat(anti.actors().in(0)).extracting(m -> m.actor().country()).doesNotContain("SYR");
        Annotated pro = Annotated.of("The pro-Iraq war Labour MP Jane Ormsby lost. Pro-Russian separatists seized the town.");
        assertThat(pro.actors().in(0)).extracting(m -> m.actor().country()).doesNotContain("IRQ");
        assertThat(pro.actors().in(1)).extracting(m -> m.actor().country()).doesNotContain("RUS");
        Annotated bound = Annotated.of("Israel raided a Gaza-bound flotilla of Turkish activists.");
        assertThat(bound.actors().in(0)).extracting(m -> m.actor().country()).as("where it heads").doesNotContain("PSE");
        Annotated born = Annotated.of("A Somali-born man in Oregon tried to detonate a bomb.");
        assertThat(born.actors().in(0)).extracting(m -> m.actor().country()).as("where he was born").doesNotContain("SOM");
    }

    @Test
    void aCityBeforeABodyWordPlacesTheBodyInItsCountry() {
        Annotated a = Annotated.of("An Istanbul court charged the editor. Aleppo rebels shelled the town. "
                + "Former Basra officials met.");
        assertThat(a.mention(0, "Istanbul court").actor().code()).isEqualTo("TURJUD");
        assertThat(a.mention(1, "Aleppo rebels").actor().code()).isEqualTo("SYRREB");
        assertThat(a.mention(2, "Basra officials").actor().code()).isEqualTo("IRQELI");
    }

    @Test
    void aCapitalBeforeABodyWordIsTheBodysCountryAndBeforeAThingAPlace() {
        Annotated a = Annotated.of("A Moscow court sentenced the activist. Beijing police detained 18 people. "
                + "The London market welcomed the deal. Moscow said on Tuesday that it would respond.");
        assertThat(a.mention(0, "Moscow court").actor().code()).isEqualTo("RUSJUD");
        assertThat(a.mention(1, "Beijing police").actor().code()).isEqualTo("CHNCOP");
        assertThat(a.mention(2, "London").actor().code()).as("where the market is").isEqualTo("GBR");
        assertThat(a.mention(3, "Moscow").actor().code()).as("the government speaking").isEqualTo("RUSGOV");
        Annotated listed = Annotated.of("The Brussels, Paris and Amsterdam exchanges merged. "
                + "Moscow, Paris and Berlin condemned the attack.");
        assertThat(listed.mention(0, "Paris").actor().code()).as("a list of capitals before a thing").isEqualTo("FRA");
        assertThat(listed.mention(1, "Paris").actor().code()).isEqualTo("FRAGOV");
    }

    @Test
    void aBodyWordAfterAnOrganisationsNameIsThatOrganisationsNotTheHomeGovernments() {
        Annotated a = Annotated.of("The US government said the US president would sign. The US Congress met. "
                + "EU authorities imposed the measures in 2006.");
        assertThat(a.actors().in(2)).extracting(m -> m.actor().code()).containsExactly("IGOEUREEC");
    }

    @Test
    void aPersonNamedByNationalityIsACivilian() {
        Annotated a = Annotated.of("A British man travelled to Syria. Two Iranian nationals were arrested.");
        assertThat(a.mention(0, "British").actor().code()).isEqualTo("GBRCVL");
        assertThat(a.mention(1, "Iranian").actor().code()).isEqualTo("IRNCVL");
    }

    @Test
    void coordinatedCountryWordsShareTheBodyWordAfterTheLast() {
        Annotated a = Annotated.of("Senior Hungarian and Romanian officials met in Vienna. "
                + "Hungarian officials and Romanian farmers met. Iraq and Iran's army fought.");
        assertThat(a.mention(0, "Hungarian").actor().code()).isEqualTo("HUNGOV");
        assertThat(a.mention(0, "Romanian").actor().code()).isEqualTo("ROUGOV");
        assertThat(a.mention(1, "Hungarian").actor().code()).as("its own body word").isEqualTo("HUNGOV");
        assertThat(a.mention(2, "Iraq").actor().code()).as("a possessive is no shared body word").isEqualTo("IRQ");
    }

    @Test
    void aPlaceInsideALongerNameNamesNoState() {
        Annotated a = Annotated.of("Jordan Henderson praised the fans after the match.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().country()).doesNotContain("JOR");
        assertThat(a.mention(0, "Henderson").kind()).isEqualTo(ActorDictionary.Kind.PERSON);
    }

    @Test
    void aRegionOrSeaNamedAfterACountryNamesNoParty() {
        Annotated a = Annotated.of("Venezuela met Latin American leaders. China sent ships to the South China Sea. "
                + "Navies patrol the Indian Ocean and the Gulf of Mexico. Pan-American officials praised Peru.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().code()).containsExactly("VEN");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().code()).containsExactly("CHN");
        assertThat(a.actors().in(2)).extracting(m -> m.actor().country()).doesNotContain("IND", "MEX");
        assertThat(a.actors().in(3)).extracting(m -> m.actor().country()).doesNotContain("USA");
    }

    @Test
    void aDestinationAfterToIsNoNationality() {
        Annotated a = Annotated.of("Ambassador to Moscow Kazem Jalali spoke to reporters.");
        assertThat(a.mention(0, "Jalali").actor().country()).as("posted to Moscow, not Russian").isNull();
    }

    @Test
    void aNationalityBeforeTheDestinationStillCounts() {
        Annotated a = Annotated.of("Iranian Ambassador to Moscow Kazem Jalali spoke to reporters.");
        assertThat(a.mention(0, "Jalali").actor().country()).isEqualTo("IRN");
    }

    @Test
    void aHyphenatedPairNamesBothParties() {
        Annotated a = Annotated.of("Russian-Iranian cooperation is growing.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().country()).containsExactly("RUS", "IRN");
    }

    @Test
    void aHyphenatedPairKeptAsOneTokenYieldsOneActorPerPart() {
        // CoreNLP splits hyphens today; other tokenizers keep "Russian-Iranian" whole
        List<Token> tokens = List.of(new Token(1, "Russian-Iranian", "russian-iranian", "JJ", "MISC", 0, 15, -1, null),
                new Token(2, "cooperation", "cooperation", "NN", "O", 16, 27, -1, null),
                new Token(3, "grows", "grow", "VBZ", "O", 28, 33, -1, null));
        String body = "Russian-Iranian cooperation grows";
        AnnotatedArticle article = new AnnotatedArticle(new CleanArticle("t", null, null, null, null, null, "en", body,
                List.of()), List.of(new AnnotatedSentence(0, 0, body.length(), tokens, false)), List.of());
        List<ActorMention> found = new ActorResolver(Annotated.actorDictionary(), PersonRegistry.empty())
                .resolve(article).in(0);
        assertThat(found).extracting(m -> m.actor().country()).containsExactlyInAnyOrder("RUS", "IRN");
        assertThat(found).allMatch(m -> m.covers(1) && !m.covers(2));
    }

    @Test
    void theRegistryCodesAPersonNamedBare() {
        PersonRegistry registry = PersonRegistry.empty();
        Actor known = new Actor("Kazem Jalali", "IRNGOV", "IRN", "GOV", List.of("GOV"));
        registry.learn("earlier", "2021-10-26", List.of(new PersonRegistry.Learnt("Kazem Jalali", known, 0)));
        Annotated a = Annotated.of("Kazem Jalali spoke to reporters.", "2024-03-15", registry.snapshot());
        assertThat(a.mention(0, "Jalali").actor().code()).isEqualTo("IRNGOV");
        assertThat(Annotated.of("Kazem Jalali spoke to reporters.").mention(0, "Jalali").actor().code())
                .as("an empty registry knows nobody").isNull();
    }

    @Test
    void theArticleTeachesOnlyPeopleNamedWithACountry() {
        // invented names: people the knowledge base knows are coded from it and teach nothing
        Annotated a = Annotated.of("Russian Defence Minister Pavel Morozkin met Arkady Tselin.");
        assertThat(a.actors().learnt()).extracting(PersonRegistry.Learnt::name).containsExactly("Pavel Morozkin");
        assertThat(a.actors().learnt().get(0).actor().country()).isEqualTo("RUS");
    }
    @Test
    void aGroupKnownByOneWordIsNotANumberNorPartOfALongerNameNorAnEthnicGroupFarFromHome() {
        Annotated a = Annotated.of("Ninety-Four Citizen Airmen left for Incirlik Air Base in Turkey. "
                + "Near Tal Afar, Sunni Arab fighters joined the offensive in Iraq.");
        assertThat(a.actors().all().stream().flatMap(List::stream)).extracting(m -> m.actor().code())
                .as("the Fur of Sudan, al-Qaida as 'The Base', the Afar of Ethiopia, the Arabs of Mali")
                .doesNotContain("SDNETH", "TUNREB", "ETHETH", "MLIETH");
        Annotated b = Annotated.of("Arab herders clashed with Tuareg fighters near Gao in Mali.");
        assertThat(b.mention(0, "Arab").actor().code()).as("a story that names Mali").isEqualTo("MLIETH");
    }

    @Test
    void anAcronymIsTheBodyWhoseInitialsItSpells() {
        Annotated a = Annotated.of("The Syrian Democratic Forces began an offensive on Sunday. The SDF took three villages.");
        assertThat(a.mention(1, "SDF").actor().code()).isEqualTo(a.mention(0, "Syrian Democratic Forces").actor().code())
                .isNotNull();
    }

    @Test
    void theArticlesOwnBodyBeatsADictionarysOtherMeaningOfTheLetters() {
        Annotated a = Annotated.of("Sudan's army fought the Rapid Support Forces in Khartoum. The army accused the RSF of looting.");
        assertThat(a.mention(1, "RSF").actor().code()).isEqualTo("SDNREB");
        Annotated b = Annotated.of("The RSF said two journalists were detained in Iran.");
        assertThat(b.mention(0, "RSF").actor().code()).as("without the article's body, the dictionary's").startsWith("NGO");
    }

    @Test
    void aTitleLaterInTheArticlePlacesTheFirstMentionToo() {
        Annotated a = Annotated.of("Harold Pemberton condemned the attack. Iraq's foreign minister, Harold Pemberton, said so.");
        assertThat(a.mention(0, "Harold Pemberton").actor().code()).isEqualTo("IRQGOV");
    }

    @Test
    void aTitleInTheTextIsNewerThanTheBasesLastRecord() {
        // the shipped base knows Julie Bishop only as Australia's education minister (2006-07)
        Annotated a = Annotated.of("Foreign Minister Julie Bishop met Iraq's foreign minister in Canberra. Julie Bishop spoke.",
                "2016-02-12", PersonRegistry.empty());
        assertThat(a.mention(0, "Julie Bishop").actor().code()).isEqualTo("AUSGOV");
        assertThat(a.mention(1, "Julie Bishop").actor().code()).isEqualTo("AUSGOV");
    }

    @Test
    void aPersonBeforeEveryOfficeTheBaseKnowsIsStillOfTheirCountry() {
        // the shipped base knows Antony Blinken from his 2021 term as Secretary of State; Iraq leads this story
        Annotated a = Annotated.of("Deputy Secretary of State Antony Blinken will travel to Iraq. Iraq's government met. "
                + "Iraq's army fought. Iraq's parliament voted. Antony Blinken spoke.", "2016-11-20", PersonRegistry.empty());
        ActorMention titled = a.mention(0, "Antony Blinken");
        assertThat(titled.actor().code()).as("the text's title, in the base's country").isEqualTo("USAGOV");
        assertThat(titled.kb()).contains(KnownActor.LATER_MARK);
        assertThat(a.mention(4, "Antony Blinken").actor().country()).isEqualTo("USA");
    }

    @Test
    void aSurnameTheTaggerMissedIsThePersonInOfficeThatDay() {
        String text = "Trump threatened to attack 52 Iranian sites if Iran strikes any Americans, or American assets.";
        Annotated in = Annotated.of(text, "2019-06-01", PersonRegistry.empty());
        assertThat(in.tree(0).token(1).ner()).as("the tagger leaves the surname untagged").isEqualTo("O");
        assertThat(in.mention(0, "Trump").actor().code()).isEqualTo("USAGOV");
        Annotated before = Annotated.of(text, "2012-06-01", PersonRegistry.empty());
        assertThat(before.actors().in(0)).extracting(m -> m.actor().text()).as("out of office: only a word").doesNotContain("Trump");
    }

    @Test
    void aNameAfterCounterIsWhatABodyStandsAgainst() {
        Annotated a = Annotated.of("The Global Coalition to Counter ISIL met in Berlin. ISIL attacked the town.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().text()).doesNotContain("ISIL");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().text()).contains("ISIL");
    }
    @Test
    void aGroupWordInsideAUnitsNameIsNoGroup() {
        Annotated a = Annotated.of("Airmen of the 158th Fighter Wing flew to Turkey. Fighters attacked the town.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().code()).doesNotContain("---REB");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().code()).contains("---REB");
    }

    @Test
    void aGroupWordAfterAnOrganisationsNameIsItsMembers() {
        Annotated a = Annotated.of("Islamic State fighters captured the town. Fighters attacked the town.");
        assertThat(a.actors().in(0)).extracting(m -> m.actor().code()).as("members of the named group")
                .doesNotContain("---REB");
        assertThat(a.actors().in(1)).extracting(m -> m.actor().code()).contains("---REB");
    }
}
