package org.dyad.eval;

import java.util.List;

/**
 * Multi-CoPED's five-class CAMEO label. The mapping from CAMEO roots follows the data set's
 * provenance note: 0 make public statement (01), 1 verbal cooperation (02-05), 2 material
 * cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). It is not GDELT's
 * QuadClass (which puts 09 with material cooperation and 14 with verbal conflict), so Dyad's
 * events are compared by root, not by their {@code quad_class}.
 */
public final class PentaClass {
    private static final List<String> NAMES = List.of("statement", "verbal cooperation", "material cooperation",
            "verbal conflict", "material conflict");

    private PentaClass() {
    }

    /** The class of a two-digit CAMEO root, or -1 for null or an unknown root. */
    public static int ofRoot(String root) {
        if (root == null || !root.matches("\\d{2}")) {
            return -1;
        }
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) {
            return -1;
        }
        return r == 1 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }

    /** "0 statement" … "4 material conflict"; "?" for an unknown class. */
    public static String name(int label) {
        return label >= 0 && label < NAMES.size() ? label + " " + NAMES.get(label) : "?";
    }
}
