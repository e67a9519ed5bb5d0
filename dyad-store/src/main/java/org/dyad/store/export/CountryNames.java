package org.dyad.store.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.lexicon.TsvFile;
import org.dyad.code.lexicon.TsvRow;

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
        for (TsvRow r : TsvFile.read("org/dyad/lexicon/countries.tsv", 3, 99)) {
            out.add(key(r.text(2), r.text(0)));
            for (String alias : r.list(3)) {
                out.add(key(alias, r.text(0)));
            }
        }
        return Set.copyOf(out);
    }

    private static String key(String name, String iso3) {
        return iso3 + "|" + name.strip().toLowerCase(Locale.ROOT);
    }
}
