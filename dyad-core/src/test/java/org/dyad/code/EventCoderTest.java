package org.dyad.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Each coding mechanism on sentences written for it, through the real pipeline. */
class EventCoderTest {

    private static List<Event> events(String text) {
        Document d = SharedPipeline.text(text, "2024-03-15");
        return d.events();
    }

    private static Event only(List<Event> events, String cameoPrefix) {
        List<Event> hits = events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).toList();
        assertThat(hits).as("events coded %s in %s", cameoPrefix, events).isNotEmpty();
        return hits.get(0);
    }

    private static String country(org.dyad.model.Actor a) {
        return a == null ? null : a.country();
    }

    @Test
    void subjectAndObjectMakeTheDyad() {
        Event e = only(events("Russian forces attacked Ukraine on Tuesday."), "19");
        assertThat(country(e.source())).isEqualTo("RUS");
        assertThat(country(e.target())).isEqualTo("UKR");
        assertThat(e.certainty()).isEqualTo("asserted");
        assertThat(e.quadClass()).isEqualTo(4);
        assertThat(e.goldstein()).isNegative();
    }

    @Test
    void aGerundAfterAPrepositionIsTheClauseSubjectsActOnItsObject() {
        // the parser reads "accusing" as an adjective of the name; ParseRepairs makes it the act
        Event accusing = only(events("Israeli Prime Minister Benjamin Netanyahu responded by accusing "
                + "Hassan Rouhani of lying. Iranian President Hassan Rouhani spoke in Tehran."), "112");
        assertThat(country(accusing.source())).isEqualTo("ISR");
        assertThat(accusing.target().text()).contains("Rouhani");
        Event criticising = only(events("The Israeli prime minister resigned after criticising Tehran."), "111");
        assertThat(country(criticising.source())).isEqualTo("ISR");
        assertThat(country(criticising.target())).isEqualTo("IRN");
    }

    @Test
    void idiomsOfAttackAreCriticism() {
        for (String sentence : List.of("The Russian foreign minister hit out at NATO's plans.",
                "The Russian foreign minister rounded on NATO over the exercises.",
                "The Russian foreign minister poured scorn on NATO's figures.",
                "The Russian foreign minister took a swipe at NATO.",
                "The Russian foreign minister said NATO was shirking its responsibility.",
                "The Russian foreign minister said NATO should be ashamed of its record.")) {
            Event e = only(events(sentence), "111");
            assertThat(e.source().code()).as(sentence).isEqualTo("RUSGOV");
            assertThat(e.target().code()).as(sentence).isEqualTo("IGOWSTNAT");
        }
    }

    @Test
    void whatIsDiscussedIsTheTopicNotThePartner() {
        List<Event> events = events("The Israeli prime minister discussed the EU constitution and Iran's nuclear programme "
                + "with the Egyptian president on Monday.");
        assertThat(country(only(events, "04").target())).isEqualTo("EGY");
        assertThat(events).noneMatch(e -> e.target() != null && ("IRN".equals(e.target().country())
                || e.target().code() != null && e.target().code().startsWith("IGOEUR")));
    }

    @Test
    void theVenueOfAMultilateralMeetingIsNoParty() {
        List<Event> events = events("At their meeting in London, G7 finance ministers backed plans to write off the "
                + "debts of the poorest countries. Jack Straw held talks in Beijing on Monday.");
        assertThat(events).as("London neither hosts the G7 nor is what it backs")
                .noneMatch(e -> e.target() != null && "GBR".equals(e.target().country()));
        assertThat(country(only(events, "04").target())).as("a state's talks abroad: the capital is the host")
                .isEqualTo("CHN");
    }

    @Test
    void aWarningAddressedToAPartyIsAnAppealToIt() {
        // coding guide: "warned X about (dangers)" with no act threatened is 020; a bare warning is a comment
        Event warned = only(events("The European Union has warned Iran to stop uranium enrichment."), "02");
        assertThat(country(warned.target())).isEqualTo("IRN");
        assertThat(events("The European Union warned that the talks could fail.")).isEmpty();
    }

    @Test
    void commandingAGarrisonOrRespectOrdersNoOne() {
        assertThat(events("The Iraqi general commanded a garrison on the Kuwaiti island of Failaka.")).isEmpty();
        Event order = only(events("The Iraqi general commanded Kuwaiti troops to withdraw from the island."), "10");
        assertThat(country(order.target())).isEqualTo("KWT");
    }

    @Test
    void shootingAFilmOrHoopsIsNoGunfire() {
        String text = "Prime Minister Tony Blair shot basketball hoops with students from a London school. "
                + "A BBC crew shot a film in London. Police in London shot a man on Tuesday.";
        List<Event> events = events(text);
        assertThat(events).filteredOn(e -> e.cameo().startsWith("19")).hasSize(1);
        assertThat(only(events, "193").source().code()).isEqualTo("GBRCOP");
    }

    @Test
    void aSubjectPronounIsNotTheOfficeHolderItsVerbIsAimedAt() {
        List<Event> events = events("Conservative leader Michael Howard met Chancellor Gordon Brown in London on Tuesday, "
                + "and he urged the chancellor to resign. He also accused the government and the chancellor of running "
                + "out of ideas.");
        Event urged = only(events, "02");
        assertThat(urged.source().text()).as("'the chancellor' is Mr Brown, so 'he' is not").isEqualTo("Michael Howard");
        Event accused = only(events, "112");
        assertThat(accused.source().text()).isEqualTo("Michael Howard");
    }

    @Test
    void aRelativeClauseAfterTheSubjectLeavesTheMainVerbItsSubject() {
        // the parser made "Lavrov" the root and "meet" part of the relative clause; InterruptingRelatives mends it
        List<Event> events = events("Sergei Lavrov, who is Russia's foreign minister, will meet John Kerry in Geneva.");
        Event meeting = only(events, "04");
        assertThat(meeting.source().text()).isEqualTo("Sergei Lavrov");
        assertThat(meeting.target().text()).isEqualTo("John Kerry");
        assertThat(events).as("the relative clause names the subject, no one he meets").hasSize(1);
    }

    @Test
    void aCallOnAPartyIsAnAppealToItAndWhatItAsksIsNoEvent() {
        List<Event> events = events("Japan's prime minister called on North Korea to return to six-party talks "
                + "on Pyongyang's nuclear programme.");
        Event call = only(events, "02");
        assertThat(call.source().code()).isEqualTo("JPNGOV");
        assertThat(country(call.target())).isEqualTo("PRK");
        assertThat(events).as("the talks asked for have not happened").noneMatch(e -> e.cameo().startsWith("04"));
    }

    @Test
    void fightingAnIllOrEasingAWorryIsNoActAndPromisedRetaliationIsAThreat() {
        List<Event> imf = events("IMF officials said Germany must do more to fight the downturn.");
        assertThat(imf).as("no fight; the saying is a demand on Germany (ReportedObligations)")
                .extracting(Event::cameo).containsExactly("100");
        assertThat(events("Better relations with Russia have eased worries about trade with Germany.")).isEmpty();
        Event threat = only(events("North Korea's defence minister promised retaliation against new U.N. sanctions."), "13");
        assertThat(threat.target().code()).isEqualTo("IGOUNO");
    }

    @Test
    void aCallForAPartyToActIsAnAppealToItAndItsActIsNoEvent() {
        List<Event> events = events("Iranian Foreign Minister Manouchehr Mottaki called for Israel to pull out of Gaza.");
        assertThat(country(only(events, "02").target())).isEqualTo("ISR");
        assertThat(events).as("the withdrawal asked for has not happened").noneMatch(e -> e.cameo().startsWith("08"));
    }

    @Test
    void anActByWhichSomeoneIsOustedIsNotTheirs() {
        List<Event> events = events("Haitian president Jean-Bertrand Aristide was ousted by a revolt in 2004.");
        assertThat(events).noneMatch(e -> e.cameo().startsWith("14") && e.source() != null
                && "HTI".equals(e.source().country()));
    }

    @Test
    void anOrderedActIsTheOrderersAndReactionsAimAtItsDoer() {
        Event destroyed = only(events("President Jacques Chirac ordered the destruction of the Ivory Coast's air force."), "17");
        assertThat(destroyed.source().code()).startsWith("FRA");
        List<Event> es = events("Russian drones struck the port of Izmail on Wednesday. Germany condemned the attack.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.cameo()).startsWith("11");
            assertThat(e.source().code()).startsWith("DEU");
            assertThat(e.target().code()).startsWith("RUS");
        });
    }

    @Test
    void passiveAgentIsTheSource() {
        Event e = only(events("Iran was sanctioned by the United States."), "16");
        assertThat(country(e.source())).isEqualTo("USA");
        assertThat(country(e.target())).isEqualTo("IRN");
    }

    @Test
    void conjoinedTargetsGiveOneEventEach() {
        List<Event> es = events("Iran wants to cooperate with Russia and China.");
        assertThat(es.stream().filter(e -> e.cameo().startsWith("0")).map(e -> country(e.target())))
                .contains("RUS", "CHN");
    }

    @Test
    void negationIsNotAFact() {
        Event e = only(events("China did not meet with Japanese officials."), "04");
        assertThat(e.certainty()).isEqualTo("negated");
    }

    @Test
    void intentionIsNotAFact() {
        List<Event> es = events("Turkish officials said Turkey plans to visit Egypt next month.");
        assertThat(es).as("the plan and the planned visit are one intention, coded at its most specific")
                .noneMatch(x -> x.cameo().equals("030"));
        Event e = only(es, "03");
        assertThat(e.certainty()).isEqualTo("intended");
        assertThat(e.cameo()).as("CAMEO codes an expressed intent to visit as intent to meet").isEqualTo("036");
        assertThat(e.rule()).contains("+intent 042->036 @cameo-intent.tsv:");
        Event planned = only(events("Turkey plans to visit Egypt next month."), "04");
        assertThat(planned.cameo()).as("a plan the journalist tells is the act, intended").isEqualTo("042");
        assertThat(planned.certainty()).isEqualTo("intended");
    }

    @Test
    void reportedSpeechNamesItsSpeaker() {
        Event e = only(events("Israel attacked Lebanon, Lebanese Prime Minister Najib Mikati said."), "19");
        assertThat(e.certainty()).isEqualTo("reported");
        assertThat(e.attributedTo()).isNotNull();
        assertThat(e.attributedTo().text()).contains("Mikati");
    }

    @Test
    void hedgesWeakenTheClaim() {
        Event e = only(events("Syria reportedly attacked Israeli positions."), "19");
        assertThat(e.certainty()).isEqualTo("hedged");
    }

    @Test
    void conditionsAreHypothetical() {
        Event e = only(events("If Iran attacks Israel, the region will burn."), "19");
        assertThat(e.certainty()).isEqualTo("hypothetical");
    }

    @Test
    void eventDateComesFromTheTextNotThePublicationDate() {
        Event e = only(events("Egypt hosted talks with Qatar on January 5, 2024."), "04");
        assertThat(e.date()).isEqualTo("2024-01-05");
        assertThat(e.dateSource()).isEqualTo("text");
        Event undated = only(events("Egypt hosted talks with Qatar."), "04");
        assertThat(undated.date()).isEqualTo("2024-03-15");
        assertThat(undated.dateSource()).isEqualTo("published");
    }

    @Test
    void placeComesFromTheLocativePhrase() {
        Event e = only(events("The Iranian foreign minister arrived in Moscow for talks."), "04");
        assertThat(e.place()).isNotNull();
        assertThat(e.place().country()).isEqualTo("RUS");
        assertThat(e.place().lat()).isBetween(55.0, 56.5);
        assertThat(country(e.source())).isEqualTo("IRN");
        assertThat(e.source().sector()).isEqualTo("GOV");
    }

    @Test
    void titledPeopleKeepTheirCountryWhenNamedAgain() {
        List<Event> es = events("Russian Defence Minister Sergei Shoigu arrived in Beijing. "
                + "Later, Shoigu met Chinese officials.");
        Event later = es.stream().filter(e -> e.trigger().text().equals("met")).findFirst().orElseThrow();
        assertThat(country(later.source())).isEqualTo("RUS");
        assertThat(later.source().sectors()).contains("MIL");
        assertThat(country(later.target())).isEqualTo("CHN");
    }

    @Test
    void everyEventIsTracedToItsSentenceAndWords() {
        Document d = SharedPipeline.text("The United Nations condemned the attack on Sudan.", "2024-03-15");
        assertThat(d.events()).isNotEmpty();
        for (Event e : d.events()) {
            var s = d.sentences().get(e.sentence());
            assertThat(e.trigger().start()).isBetween(s.start(), s.end());
            assertThat(d.body().substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
            assertThat(e.plover()).isNotNull();
        }
    }

    @Test
    void domesticProtestsTargetTheGovernmentWhereTheyHappen() {
        Event e = only(events("Thousands of Indonesian students staged mass demonstrations in Jakarta."), "14");
        assertThat(e.source().code()).isEqualTo("IDNEDU");
        assertThat(e.target().code()).isEqualTo("IDNGOV");
    }

    @Test
    void contextPartiesAreNotCarriedFromCooperationToConflict() {
        List<Event> es = events("Russia and Iran signed a military cooperation agreement on Monday.\n\n"
                + "\"We have been cooperating for more than ten years in the fight against terrorism,\" he said.");
        assertThat(es).as("events %s", es).isNotEmpty()
                .noneMatch(e -> Integer.parseInt(e.cameoRoot()) >= 10);
    }

    @Test
    void aCapitalInsideALongerNameIsNoState() {
        Document d = SharedPipeline.text("Enrico Bondi sued Morgan Stanley in Milan on Tuesday.\n\n"
                + "Liverpool captain Jordan Henderson praised the fans.", "2024-03-15");
        assertThat(d.entities()).as("entities %s", d.entities())
                .noneMatch(e -> e.actor() != null && ("FLK".equals(e.actor().country()) || "JOR".equals(e.actor().country())));
        assertThat(d.events()).noneMatch(e -> e.target() != null && "FLK".equals(e.target().country()));
    }
    @Test
    void aTitleTheTextGivesOutlivesTheKnowledgeBasesEndedRoleOnTheEventsDay() {
        // the shipped base knows Julie Bishop only as Australia's education minister (2006-07)
        Document d = SharedPipeline.text("Foreign Minister Julie Bishop met Iraqi Foreign Minister Ibrahim al-Jaafari "
                + "in Canberra on 12 February.", "2016-06-01");
        Event met = only(d.events(), "04");
        assertThat(met.source().code()).isEqualTo("AUSGOV");
        assertThat(met.rule()).contains("+title");
    }
    @Test
    void anActWhoseDoerTheTextDoesNotNameIsNoEvent() {
        // the coding guide: an act by a political actor, or a one-sided act with a clear source (CompleteDyads)
        assertThat(events("Four Britons were released from the US camp in January. "
                + "There is only one way to end the conflict in Syria.")).isEmpty();
        assertThat(events("Iran released four Britons in January.")).isNotEmpty();
    }

    @Test
    void aMeetingAtHomeHasNoHostToMeet() {
        assertThat(events("Russian officials held talks in Moscow on Tuesday.")).isEmpty();
        assertThat(events("The British foreign secretary will hold talks in Beijing on Thursday."))
                .extracting(e -> e.target().code()).containsExactly("CHNGOV");
    }
}
