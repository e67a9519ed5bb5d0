package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorLexiconTest {
    private final ActorLexicon lexicon = ActorLexicon.load();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "Iran, IRN, COUNTRY",
        "Iranian, IRN, DEMONYM",
        "Tehran, IRN, CAPITAL",
        "Russia, RUS, COUNTRY",
        "Russian, RUS, DEMONYM",
        "Moscow, RUS, CAPITAL",
        "Washington, USA, SEAT",
        "the Kremlin, RUS, SEAT",
        "Kremlin, RUS, SEAT",
        "China, CHN, COUNTRY",
        "Syria, SYR, COUNTRY",
        "SCO, IGOASASCO, IGO",
        "CSTO, IGOCASCST, IGO",
        "UN, IGOUNO, IGO",
        "U.S., USA, COUNTRY",
        "NATO, IGOWSTNAT, IGO",
        "European Union, IGOEUREEC, IGO",
        "Pentagon, USA, INSTITUTION",
        "IRGC, IRN, INSTITUTION",
        "Élysée, FRA, SEAT",
        "Elysee, FRA, SEAT",
    })
    void seedArticleActorsResolve(String phrase, String code, ActorEntry.Kind kind) {
        ActorEntry entry = lexicon.lookup(phrase).get(0);
        assertThat(entry.code()).isEqualTo(code);
        assertThat(entry.kind()).isEqualTo(kind);
    }

    @Test
    void seatsAndCapitalsStandForTheGovernment() {
        assertThat(lexicon.lookup("the White House").get(0).sectors()).containsExactly("GOV");
        assertThat(lexicon.lookup("Moscow").get(0).sectors()).containsExactly("GOV");
        assertThat(lexicon.lookup("Russia").get(0).sectors()).isEmpty();
        assertThat(lexicon.lookup("Pentagon").get(0).sectors()).startsWith("MIL");
    }

    @Test
    void hyphenatedTokensAreCodedPartByPart() {
        // CoreNLP keeps "Russian-Iranian" as one token, so the phrase index alone finds nothing.
        assertThat(lexicon.findActors(List.of("Russian-Iranian", "cooperation"))).isEmpty();
        assertThat(lexicon.partsOf("Russian-Iranian")).extracting(ActorEntry::code).containsExactly("RUS", "IRN");
        assertThat(lexicon.partsOf("US-led")).extracting(ActorEntry::code).containsExactly("USA");
    }

    @Test
    void findsActorsInASeedSentence() {
        List<String> tokens = List.of("Now", "Moscow", "has", "shown", "that", "it", "does", "not", "care", "much",
                "about", "Washington", "'s", "possible", "discontent", "with", "the", "Iranian", "press", ".");
        assertThat(lexicon.findActors(tokens)).extracting(m -> m.value().code())
                .containsExactly("RUS", "USA", "IRN");
    }

    @Test
    void longestSectorPhraseWins() {
        List<String> tokens = List.of("Chief", "of", "the", "General", "Staff", "of", "the", "Russian", "Armed",
                "Forces", "Valery", "Gerasimov");
        List<PhraseIndex.Match<SectorTerm>> matches = lexicon.sectorIndex().findAll(tokens);
        assertThat(matches.get(0).value().phrase()).isEqualTo("chief of the general staff");
        assertThat(matches.get(0).end()).isEqualTo(5);
        assertThat(matches).extracting(m -> m.value().phrase()).contains("armed forces");
        assertThat(lexicon.sectorIndex().lookup("Defense Minister").get(0).sectors()).containsExactly("MIL", "GOV");
        assertThat(lexicon.sectorIndex().lookup("Ambassador").get(0).sectors()).containsExactly("GOV");
    }

    @Test
    void ordinaryWordsAreNotActors() {
        List<String> tokens = List.of("officials", "who", "told", "us", "about", "china", "and", "turkey");
        assertThat(lexicon.findActors(tokens)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Latin American", "South America", "Pan-American", "Indian Ocean", "South China Sea",
        "Gulf of Mexico", "New Guinea", "Korean peninsula"})
    void aPlaceNamedAfterACountryItIsNotIsTheLongerMatchAndNamesNoParty(String phrase) {
        List<PhraseIndex.Match<ActorEntry>> matches = lexicon.findActors(List.of(phrase.split(" ")));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.value().kind()).isEqualTo(ActorEntry.Kind.NAMESAKE_PLACE);
            assertThat(m.value().code()).isNull();
            assertThat(m.end() - m.start()).isEqualTo(phrase.split(" ").length);
        });
    }
}
