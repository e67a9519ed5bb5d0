package org.dyad.code.lexicon;

import java.util.List;
import org.dyad.code.data.TsvRow;

/** Validation of CAMEO sector code lists in lexicon rows. */
final class Sectors {
    private Sectors() {
    }

    static List<String> codes(TsvRow row, int column) {
        List<String> codes = row.list(column);
        if (codes.isEmpty()) {
            throw row.error("no sector codes (column " + (column + 1) + ")");
        }
        for (String code : codes) {
            if (!code.matches("[A-Z]{3}")) {
                throw row.error("sector code must be three capital letters: '" + code + "'");
            }
        }
        return codes;
    }
}
