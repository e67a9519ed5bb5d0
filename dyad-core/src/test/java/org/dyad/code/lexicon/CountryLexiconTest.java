package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountryLexiconTest {
    private final Lexicons lexicons = Lexicons.load();

    /** ISO codes the lexicon deliberately codes differently, with the reason. */
    private static final Map<String, String> DELIBERATELY_DIFFERENT = Map.of();

    @Test
    void everyIsoCountryOfTheJdkIsPresent() {
        Set<String> codes = lexicons.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        missing.removeAll(codes);
        missing.removeAll(DELIBERATELY_DIFFERENT.keySet());
        assertThat(missing).isEmpty();
        assertThat(codes).contains("PSE", "TWN", "KSV");
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        List<Country> countries = lexicons.countries();
        assertThat(countries).hasSizeGreaterThanOrEqualTo(249);
        assertThat(countries.stream().map(Country::iso3).distinct()).hasSameSizeAs(countries);
        assertThat(countries.stream().map(Country::iso2).distinct()).hasSameSizeAs(countries);
        assertThat(countries).allSatisfy(c -> {
            assertThat(c.iso2()).matches("[A-Z]{2}");
            assertThat(c.lat()).isBetween(-90.0, 90.0);
            assertThat(c.lon()).isBetween(-180.0, 180.0);
        });
    }

    @Test
    void kosovoUsesTheCameoCode() {
        Country kosovo = lexicons.country("KSV").orElseThrow();
        assertThat(kosovo.name()).isEqualTo("Kosovo");
        assertThat(kosovo.iso2()).isEqualTo("XK");
        assertThat(lexicons.country("UNK")).isEmpty();
    }

    @Test
    void majorCountriesHaveNewsAliasesDemonymsAndSeats() {
        Country usa = lexicons.country("USA").orElseThrow();
        assertThat(usa.aliases()).contains("U.S.", "America", "the United States");
        assertThat(usa.adjectives()).contains("American", "Americans");
        assertThat(usa.seats()).contains("the White House", "Washington", "Foggy Bottom");
        Country russia = lexicons.country("RUS").orElseThrow();
        assertThat(russia.aliases()).contains("Russian Federation");
        assertThat(russia.capital()).isEqualTo("Moscow");
        assertThat(russia.seats()).contains("the Kremlin");
        assertThat(lexicons.country("IRN").orElseThrow().adjectives()).contains("Iranian", "Iranians", "Persian");
        assertThat(lexicons.country("GBR").orElseThrow().aliases()).contains("UK", "Britain");
        assertThat(lexicons.country("PRK").orElseThrow().aliases()).contains("DPRK");
        assertThat(lexicons.country("MMR").orElseThrow().aliases()).contains("Burma");
    }

    @Test
    void noAdjectiveOfASovereignStateIsLentToATerritory() {
        Set<String> seen = new HashSet<>();
        List<String> shared = lexicons.countries().stream()
                .flatMap(c -> c.adjectives().stream().map(Folding::key).distinct())
                .filter(a -> !seen.add(a)).toList();
        // Both Congos are "Congolese", and two pairs of territories share one; any other shared
        // demonym would make a DEMONYM lookup ambiguous without need.
        assertThat(shared).containsOnly("congolese", "channel islander", "channel islanders", "virgin islander",
                "virgin islanders");
    }
}
