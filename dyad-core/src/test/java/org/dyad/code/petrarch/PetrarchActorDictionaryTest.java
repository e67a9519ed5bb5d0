package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorDictionary.Named;
import org.junit.jupiter.api.Test;

class PetrarchActorDictionaryTest {
    private final PetrarchActorDictionary dict = PetrarchActorDictionary.of(
            ActorFile.read(TestDictionaries.file("Test.actors.txt")).records(),
            AgentFile.read(TestDictionaries.file("Test.agents.txt")).records());

    @Test
    void matchesLongestNameIgnoringCase() {
        List<Named> found = dict.actors(TestDictionaries.tokens("Trentino of Sylvania met Rufus T. Firefly in sylvania"));
        assertThat(found).extracting(Named::code).containsExactly("SYLGOV", "FRE", "SYL");
        assertThat(found.get(0)).satisfies(n -> {
            assertThat(n.first()).isEqualTo(1);
            assertThat(n.last()).isEqualTo(3);
            assertThat(n.country()).isEqualTo("SYL");
        });
    }

    @Test
    void aWordJoinedWithUnderscoresMatchesTheNamesWords() {
        assertThat(dict.actors(TestDictionaries.tokens("Trentino_of_Sylvania met Grand_Fenwick")))
                .extracting(Named::code, Named::first, Named::last)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SYLGOV", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("GFW", 3, 3), org.assertj.core.groups.Tuple.tuple("TLL", 3, 3));
        assertThat(dict.actors(TestDictionaries.tokens("Trentino_of_Freedonia met"))).isEmpty();
    }

    @Test
    void givesOneActorPerCodeOfAMultiCodeEntry() {
        assertThat(dict.actors(TestDictionaries.tokens("Grand Fenwick protested")))
                .extracting(Named::code, Named::first, Named::last)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GFW", 1, 2), org.assertj.core.groups.Tuple.tuple("TLL", 1, 2));
    }

    @Test
    void choosesDatedCodesForTheViewsDay() {
        assertThat(dict.on(LocalDate.of(1995, 6, 1)).actors(TestDictionaries.tokens("Baron Bomburst left")))
                .extracting(Named::code).containsExactly("VULGOV");
        assertThat(dict.on(LocalDate.of(2001, 1, 1)).actors(TestDictionaries.tokens("Vulgaria left")))
                .extracting(Named::code).containsExactly("VULREB");
    }

    @Test
    void agentsGiveSectorsAndStandAloneAsUnknownActors() {
        assertThat(dict.sectors(TestDictionaries.tokens("Freedonian police and soldiers")))
                .extracting(s -> s.sectors().get(0)).containsExactly("COP", "MIL");
        List<Named> alone = dict.actors(TestDictionaries.tokens("a senior official said the weather was fine"));
        assertThat(alone).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("---");
            assertThat(n.country()).isNull();
            assertThat(n.sectors()).containsExactly("GOV");
            assertThat(n.kind()).isEqualTo(Kind.GROUP);
        });
        assertThat(dict.actors(TestDictionaries.tokens("Freedonian soldiers attacked"))).extracting(Named::code)
                .containsExactly("FRE");
    }

    @Test
    void joinsAnAgentToTheNameItGoverns() {
        assertThat(dict.actors(TestDictionaries.tokens("Foreign Minister Rufus T. Firefly arrived")))
                .singleElement().satisfies(n -> {
                    assertThat(n.code()).isEqualTo("FRE");
                    assertThat(n.sectors()).containsExactly("GOVFRM");
                    assertThat(n.first()).isEqualTo(1);
                    assertThat(n.last()).isEqualTo(5);
                });
        assertThat(dict.actors(TestDictionaries.tokens("soldiers of the Sylvania")))
                .extracting(Named::code, Named::sectors).containsExactly(org.assertj.core.groups.Tuple.tuple("SYL", List.of("MIL")));
        assertThat(dict.actors(TestDictionaries.tokens("the relief agency Sylvania"))).extracting(Named::code)
                .containsExactly("NGOSYL");
    }

    @Test
    void anAgentGovernsANameAfterFromAndEveryNameOfAList() {
        assertThat(dict.actors(TestDictionaries.tokens("soldiers from Sylvania crossed")))
                .extracting(Named::code, Named::sectors, Named::first)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SYL", List.of("MIL"), 1));
        List<Named> list = dict.actors(TestDictionaries.tokens("officials of Freedonia , Sylvania and Grand Fenwick met"));
        assertThat(list).extracting(Named::code).containsExactlyInAnyOrder("FRE", "SYL", "GFW", "TLL");
        assertThat(list).allSatisfy(n -> {
            assertThat(n.sectors()).containsExactly("GOV");
            assertThat(n.first()).as("the agent word stands for every name").isEqualTo(1);
        });
        assertThat(dict.actors(TestDictionaries.tokens("officials of Freedonia met Sylvania")))
                .extracting(Named::code, Named::sectors).containsExactly(org.assertj.core.groups.Tuple.tuple("FRE", List.of("GOV")),
                        org.assertj.core.groups.Tuple.tuple("SYL", List.of()));
    }

    @Test
    void agentsJoinedByAndGovernTheSameNames() {
        assertThat(dict.actors(TestDictionaries.tokens("soldiers and officials in Freedonia protested")))
                .extracting(Named::code, Named::sectors)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FRE", List.of("MIL")),
                        org.assertj.core.groups.Tuple.tuple("FRE", List.of("GOV")));
    }

    @Test
    void aLoneAgentMustBeANoun() {
        assertThat(dict.actors(TestDictionaries.tokens("his first official/JJ foreign/JJ visit/NN"))).isEmpty();
        assertThat(dict.actors(TestDictionaries.tokens("the official/NN said/VBD"))).extracting(Named::code).containsExactly("---");
    }

    @Test
    void combinedDictionaryPrefersTheFirstOnOverlaps() {
        CombinedActorDictionary both = new CombinedActorDictionary(dict, PetrarchActorDictionary.of(
                List.of(new ActorRecord(List.of(List.of("SYLVANIA"), List.of("MARXIA")), List.of(DatedCode.parse("XXX")), 1)),
                List.of()));
        assertThat(both.actors(TestDictionaries.tokens("Sylvania and Marxia"))).extracting(Named::code)
                .containsExactly("SYL", "XXX");
    }
}
