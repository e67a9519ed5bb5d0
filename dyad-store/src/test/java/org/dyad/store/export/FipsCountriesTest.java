package org.dyad.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;
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
        List<String> dyadCountries = TsvFile.resource("org/dyad/lexicon/countries.tsv").rows().stream()
                .map(r -> r.cell(0)).toList();
        assertThat(dyadCountries).hasSizeGreaterThan(240);
        assertThat(dyadCountries.stream().filter(c -> !c.equals("UMI")))
                .allSatisfy(c -> assertThat(FipsCountries.of(c)).as(c).matches("[A-Z]{2}"));
        Map<String, String> owner = new HashMap<>();
        for (TsvRow r : TsvFile.resource(FipsCountries.RESOURCE).columns(2, 4).rows()) {
            // a territory without its own FIPS code takes its parent's and says "part of" in its note
            if (!r.cell(1).isEmpty() && !r.cell(3).contains("part of")) {
                assertThat(owner.putIfAbsent(r.cell(1), r.cell(0))).as("FIPS " + r.cell(1)).isNull();
            }
        }
    }
}
