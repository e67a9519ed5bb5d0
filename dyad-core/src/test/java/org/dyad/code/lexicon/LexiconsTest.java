package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexiconsTest {
    private final Lexicons lexicons = Lexicons.load();

    @Test
    void loadIsShared() {
        assertThat(Lexicons.load()).isSameAs(lexicons);
    }

    @Test
    void moscowIsTheRussianCapitalWithCoordinates() {
        Place moscow = lexicons.placeByName("Moscow").orElseThrow();
        assertThat(moscow.iso3()).isEqualTo("RUS");
        assertThat(moscow.capital()).isTrue();
        assertThat(moscow.lat()).isCloseTo(55.75, within(0.1));
        assertThat(moscow.lon()).isCloseTo(37.62, within(0.1));
    }

    @Test
    void placeLookupFoldsCaseDiacriticsAndAliases() {
        assertThat(lexicons.placeByName("washington").orElseThrow().iso3()).isEqualTo("USA");
        assertThat(lexicons.placeByName("Kiev").orElseThrow().name()).isEqualTo("Kyiv");
        assertThat(lexicons.placeByName("Bogota").orElseThrow().iso3()).isEqualTo("COL");
        assertThat(lexicons.placeByName("Atlantis")).isEmpty();
    }

    @Test
    void placesAreCitiesOrCapitalsOfKnownCountries() {
        Set<String> countries = lexicons.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        assertThat(lexicons.places()).hasSizeGreaterThan(1000)
                .allSatisfy(p -> assertThat(countries).contains(p.iso3()));
        // Below the 300,000 threshold only capitals and the few hand-picked news places remain.
        long small = lexicons.places().stream().filter(p -> !p.capital() && p.population() < 300_000).count();
        assertThat(small).isLessThan(20);
        long capitals = lexicons.places().stream().filter(Place::capital).count();
        assertThat(capitals).isGreaterThan(200);
    }

    @Test
    void igosCoverTheMajorOrganisationsWithUniqueCodes() {
        assertThat(lexicons.igos()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(lexicons.igos().stream().map(Igo::code).distinct()).hasSameSizeAs(lexicons.igos());
        Set<String> names = lexicons.igos().stream()
                .flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i.name()), i.aliases().stream()))
                .collect(Collectors.toSet());
        assertThat(names).contains("UN", "UNSC", "IAEA", "EU", "NATO", "SCO", "CSTO", "BRICS", "G7", "G20", "OPEC",
                "OPEC+", "AU", "ASEAN", "GCC", "OSCE", "IMF", "WTO", "ICC", "ICRC", "MSF", "HRW");
    }

    @Test
    void sectorAndInstitutionLexiconsAreSubstantial() {
        assertThat(lexicons.sectorTerms()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(lexicons.sectorTerms().stream().map(t -> t.phrase() + "/" + t.kind()).distinct())
                .hasSameSizeAs(lexicons.sectorTerms());
        assertThat(lexicons.sectorTerms()).allSatisfy(t -> assertThat(t.phrase()).isLowerCase());
        assertThat(lexicons.institutions()).hasSizeGreaterThanOrEqualTo(80);
        Set<String> countries = lexicons.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        assertThat(lexicons.institutions()).allSatisfy(i -> {
            if (i.country() != null) {
                assertThat(countries).contains(i.country());
            } else {
                assertThat(i.group()).isNotNull();
            }
        });
    }
}
