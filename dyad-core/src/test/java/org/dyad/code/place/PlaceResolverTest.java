package org.dyad.code.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.dyad.code.Annotated;
import org.dyad.model.Event.Place;
import org.junit.jupiter.api.Test;

/** Where an event happened, from locative phrases and the gazetteer. */
class PlaceResolverTest {
    private static final PlaceResolver SHIPPED = new PlaceResolver(LexiconGazetteer.shipped());

    private static Place place(PlaceResolver resolver, String text, String trigger) {
        Annotated a = Annotated.of(text);
        return resolver.place(a.tree(0), a.token(0, trigger));
    }

    @Test
    void aLocativeThePhraseGovernsGivesThePlaceWithCoordinates() {
        Place p = place(SHIPPED, "The Iranian general arrived in Moscow on Monday.", "arrived");
        assertThat(p.name()).isEqualTo("Moscow");
        assertThat(p.country()).isEqualTo("RUS");
        assertThat(p.lat()).isBetween(55.0, 56.5);
        assertThat(p.lon()).isBetween(37.0, 38.5);
    }

    @Test
    void aCountryNameGivesTheCountry() {
        Place p = place(SHIPPED, "Russian forces attacked rebels in Syria.", "attacked");
        assertThat(p.country()).isEqualTo("SYR");
    }

    @Test
    void aNounTriggerTakesThePlaceOfItsVerb() {
        Place p = place(SHIPPED, "Iran held talks with Russia in Beijing.", "talks");
        assertThat(p.country()).isEqualTo("CHN");
    }

    @Test
    void aMultiWordNameIsReadWhole() {
        Place p = place(SHIPPED, "The Chinese envoy arrived in New Delhi.", "arrived");
        assertThat(p.country()).isEqualTo("IND");
    }

    @Test
    void aDestinationIsNoPlaceOfTheEvent() {
        assertThat(place(SHIPPED, "Russia sent troops to Syria.", "sent")).isNull();
        assertThat(place(SHIPPED, "Russia attacked Ukraine.", "attacked")).isNull();
    }

    @Test
    void aPlaceElsewhereInTheSentenceIsTheFallback() {
        Place p = place(SHIPPED, "Russia attacked the rebels, officials in Damascus said.", "attacked");
        assertThat(p.country()).isEqualTo("SYR");
    }

    @Test
    void onlyTheGazetteerSaysWhatIsAPlace() {
        Gazetteer middleEarth = name -> Optional.ofNullable(Map.of("Rivendell", new Place("Rivendell", "MEA", 1.0, 2.0)).get(name));
        PlaceResolver resolver = new PlaceResolver(middleEarth);
        assertThat(place(resolver, "Elrond met the dwarves in Rivendell.", "met").country()).isEqualTo("MEA");
        assertThat(place(resolver, "Elrond met the dwarves in Moscow.", "met")).isNull();
    }
}
