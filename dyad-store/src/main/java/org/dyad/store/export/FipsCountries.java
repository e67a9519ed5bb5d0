package org.dyad.store.export;

import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.code.data.TsvFile;

/**
 * ISO 3166-1 alpha-3 → FIPS 10-4, from {@code fips10-4.tsv}. GDELT's *Geo_CountryCode fields hold FIPS
 * codes (its Actor*CountryCode fields hold CAMEO's 3-letter codes), so a place's ISO country must be
 * converted before it can sit in the same column as GDELT's own rows.
 */
final class FipsCountries {
    static final String RESOURCE = "org/dyad/store/export/fips10-4.tsv";
    private static final Map<String, String> BY_ISO3 = TsvFile.resource(RESOURCE).columns(2, 4).parseUnique(0, r -> r)
            .stream().filter(r -> !r.cell(1).isEmpty())
            .collect(Collectors.toUnmodifiableMap(r -> r.required(0, "ISO3"), r -> r.cell(1)));

    private FipsCountries() {
    }

    /** The FIPS code of an ISO-3 country, or null when it has none or is unknown (GDELT leaves it blank). */
    static String of(String iso3) {
        return iso3 == null ? null : BY_ISO3.get(iso3);
    }

    static int size() {
        return BY_ISO3.size();
    }
}
