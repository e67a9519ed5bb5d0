package org.dyad.code.lexicon;

import java.util.List;
import org.dyad.code.data.TsvRow;

/**
 * A country or territory of {@code countries.tsv}.
 *
 * @param iso3       ISO 3166-1 alpha-3 code as CAMEO uses it (KSV for Kosovo)
 * @param iso2       ISO 3166-1 alpha-2 code (XK for Kosovo)
 * @param name       common English name
 * @param aliases    other names ("Russian Federation", "U.S.", "Burma")
 * @param adjectives adjectives and demonyms, singular and plural ("Iranian", "Iranians")
 * @param capital    capital city, used as a metonym for the government
 * @param seats      other seats of power used for the government ("the Kremlin", "Downing Street")
 * @param lat        latitude of the country's centre
 * @param lon        longitude of the country's centre
 */
public record Country(String iso3, String iso2, String name, List<String> aliases, List<String> adjectives,
                      String capital, List<String> seats, double lat, double lon) {
    public Country {
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        seats = List.copyOf(seats);
    }

    static Country fromRow(TsvRow row) {
        String iso3 = row.required(0, "iso3");
        if (!iso3.matches("[A-Z]{3}")) {
            throw row.error("iso3 must be three capital letters: '" + iso3 + "'");
        }
        return new Country(iso3, row.required(1, "iso2"), row.required(2, "name"), row.list(3), row.list(4),
                row.cell(5), row.list(6), row.decimal(7, "lat"), row.decimal(8, "lon"));
    }
}
