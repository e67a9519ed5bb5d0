package org.dyad.code.lexicon;

import java.util.List;
import org.dyad.code.data.TsvRow;

/**
 * An international organisation or NGO of {@code igos.tsv}.
 *
 * @param code    CAMEO actor code ("IGOUNO", "IGOWSTNAT", "NGOHRIAMN")
 * @param name    full English name
 * @param aliases acronyms and other names ("UN", "U.N.", "the United Nations")
 */
public record Igo(String code, String name, List<String> aliases) {
    public Igo {
        aliases = List.copyOf(aliases);
    }

    static Igo fromRow(TsvRow row) {
        String code = row.required(0, "code");
        if (!code.matches("[A-Z]{3,12}")) {
            throw row.error("code must be 3-12 capital letters: '" + code + "'");
        }
        return new Igo(code, row.required(1, "name"), row.list(2));
    }
}
