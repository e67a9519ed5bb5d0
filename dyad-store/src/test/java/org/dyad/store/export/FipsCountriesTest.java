package org.dyad.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.code.lexicon.TsvFile;
import org.dyad.code.lexicon.TsvRow;
import org.junit.jupiter.api.Test;

class FipsCountriesTest {
    @Test
    void convertsTheCodesWhereFipsDiffersFromIso() {
        assertThat(FipsCountries.of("DEU")).isEqualTo("GM");
        assertThat(FipsCountries.of("RUS")).isEqualTo("RS");
        assertThat(FipsCountries.of("GBR")).isEqualTo("UK");
        assertThat(FipsCountries.of("IRQ")).isEqualTo("IZ");
        assertThat(FipsCountries.of("ARE")).isEqualTo("AE");
        assertThat(FipsCountries.of("VNM")).isEqualTo("VM");
        assertThat(FipsCountries.of("KSV")).isEqualTo("KV");
        assertThat(FipsCountries.of("IRN")).isEqualTo("IR");
    }

    @Test
    void unknownOrCodelessCountriesGiveNothing() {
        assertThat(FipsCountries.of("UMI")).isNull();
        assertThat(FipsCountries.of("XXX")).isNull();
        assertThat(FipsCountries.of(null)).isNull();
    }

    @Test
    void everyDyadCountryHasACodeAndOnlyPartsShareTheirParentsCode() {
        List<String> dyadCountries = TsvFile.read("org/dyad/lexicon/countries.tsv", 1, 99).stream()
                .map(r -> r.text(0)).toList();
        assertThat(dyadCountries).hasSizeGreaterThan(240);
        assertThat(dyadCountries.stream().filter(c -> !c.equals("UMI")))
                .allSatisfy(c -> assertThat(FipsCountries.of(c)).as(c).matches("[A-Z]{2}"));
        Map<String, String> owner = new HashMap<>();
        for (TsvRow r : TsvFile.read(FipsCountries.RESOURCE, 2, 4)) {
            // a territory without its own FIPS code takes its parent's and says "part of" in its note
            if (!r.text(1).isEmpty() && !r.text(3).contains("part of")) {
                assertThat(owner.putIfAbsent(r.text(1), r.text(0))).as("FIPS " + r.text(1)).isNull();
            }
        }
    }
}
