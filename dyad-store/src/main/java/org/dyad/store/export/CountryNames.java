package org.dyad.store.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;

/**
 * Names and aliases of each country in Dyad's lexicon ({@code countries.tsv}), to tell a place that is
 * a whole country ("Iraq", "United Kingdom") from a city or region in it.
 */
final class CountryNames {
    private static final Set<String> NAMES = load();

    private CountryNames() {
    }

    /** True when {@code place} is a name of the country {@code iso3} itself. */
    static boolean isCountry(String place, String iso3) {
        return place != null && iso3 != null && NAMES.contains(key(place, iso3));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (TsvRow r : TsvFile.resource("org/dyad/lexicon/countries.tsv").columns(3, 99).rows()) {
            out.add(key(r.cell(2), r.cell(0)));
            for (String alias : r.list(3)) {
                out.add(key(alias, r.cell(0)));
            }
        }
        return Set.copyOf(out);
    }

    private static String key(String name, String iso3) {
        return iso3 + "|" + name.strip().toLowerCase(Locale.ROOT);
    }
}
