package org.dyad.code.lexicon;

import java.util.List;
import org.dyad.code.data.TsvRow;

/**
 * A named institution or group of {@code institutions.tsv}: "Pentagon" → USA MIL.
 *
 * @param phrase  its name as written in English news
 * @param country ISO-3 code, or null for a transnational group (al-Qaeda, Islamic State)
 * @param sectors CAMEO sector codes, most specific first
 * @param group   CAMEO group code where CAMEO has one ("HMS" for Hamas), or null
 */
public record Institution(String phrase, String country, List<String> sectors, String group) {
    public Institution {
        sectors = List.copyOf(sectors);
    }

    static Institution fromRow(TsvRow row) {
        String country = row.cell(1);
        if (!country.isEmpty() && !country.matches("[A-Z]{3}")) {
            throw row.error("country must be an ISO-3 code or empty: '" + country + "'");
        }
        String group = row.cell(3);
        return new Institution(row.required(0, "phrase"), country.isEmpty() ? null : country,
                Sectors.codes(row, 2), group.isEmpty() ? null : group);
    }
}
