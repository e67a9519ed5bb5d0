package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/** Which country an article is about, from the countries its coded actors name. */
class HomeCountryTest {

    private static ActorMention named(String country) {
        return new ActorMention(0, 1, 1, new Actor(country, country, country, null, List.of()), ActorDictionary.Kind.COUNTRY);
    }

    private static List<List<ActorMention>> sentences(String... countries) {
        List<List<ActorMention>> out = new ArrayList<>();
        for (String c : countries) {
            out.add(List.of(named(c)));
        }
        return out;
    }

    @Test
    void aCountryThatClearlyLeadsIsHome() {
        HomeCountry home = HomeCountry.of(sentences("GBR", "GBR", "FRA", "GBR", "GBR")).orElseThrow();
        assertThat(home.country()).isEqualTo("GBR");
        assertThat(home.ruleText()).isEqualTo("home:GBR(4/5)");
    }

    @Test
    void aStoryAboutTwoCountriesHasNone() {
        assertThat(HomeCountry.of(sentences("RUS", "IRN", "RUS", "IRN", "RUS", "IRN"))).isEmpty();
        assertThat(HomeCountry.of(sentences("RUS", "IRN", "RUS", "IRN", "RUS"))).as("3 of 5 is not a clear lead... at 60%")
                .isPresent();
        assertThat(HomeCountry.of(sentences("RUS", "IRN", "RUS", "IRN", "RUS", "USA"))).as("3 of 6").isEmpty();
    }

    @Test
    void twoMentionsAreTooFewToCallAStoryDomestic() {
        assertThat(HomeCountry.of(sentences("GBR", "GBR"))).isEmpty();
    }

    @Test
    void uncodedPeopleAndInternationalBodiesDoNotVote() {
        ActorMention nobody = new ActorMention(0, 1, 2, new Actor("Jane Doe", null, null, null, List.of()),
                ActorDictionary.Kind.PERSON);
        ActorMention un = new ActorMention(0, 3, 3, new Actor("UN", "IGOUNO", null, null, List.of()), ActorDictionary.Kind.IGO);
        List<List<ActorMention>> s = new ArrayList<>(sentences("GBR", "GBR", "GBR"));
        s.add(List.of(nobody, un, un, un));
        assertThat(HomeCountry.of(s).orElseThrow().ruleText()).isEqualTo("home:GBR(3/3)");
    }

    @Test
    void theSameMentionsInAnotherOrderGiveTheSameAnswer() {
        List<List<ActorMention>> s = sentences("GBR", "USA", "GBR", "GBR", "USA", "GBR", "GBR");
        HomeCountry forward = HomeCountry.of(s).orElseThrow();
        List<List<ActorMention>> reversed = new ArrayList<>(s);
        Collections.reverse(reversed);
        assertThat(HomeCountry.of(reversed)).contains(forward);
    }
}
