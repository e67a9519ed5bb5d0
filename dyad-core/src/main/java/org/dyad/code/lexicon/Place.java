package org.dyad.code.lexicon;

import java.util.List;
import org.dyad.code.data.TsvRow;

/**
 * A city of the gazetteer {@code places.tsv}.
 *
 * @param name       GeoNames name ("Moscow", "Washington, D.C.")
 * @param aliases    other names ("Kiev", "Bombay", "Washington")
 * @param iso3       country code
 * @param population GeoNames population
 * @param capital    whether it is its country's capital
 */
public record Place(String name, List<String> aliases, String iso3, double lat, double lon, long population,
                    boolean capital) {
    public Place {
        aliases = List.copyOf(aliases);
    }

    static Place fromRow(TsvRow row) {
        return new Place(row.required(0, "name"), row.list(1), row.required(2, "iso3"), row.decimal(3, "lat"),
                row.decimal(4, "lon"), row.integer(5, "population"), row.bool(6, "is_capital"));
    }
}
