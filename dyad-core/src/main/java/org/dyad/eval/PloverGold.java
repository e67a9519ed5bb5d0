package org.dyad.eval;

import java.util.Set;
import org.dyad.code.cameo.PloverType;

/**
 * One PLOVER gold record, reduced to what the scorer compares.
 *
 * @param legacyEvent       the label as coded in the file (PLOVER 0.5b1, e.g. DEMAND)
 * @param legacyMode        the file's mode, or null
 * @param event             the label mapped to current PLOVER (DEMAND → REQUEST), or null when
 *                          the mapping has no row for it
 * @param sourceCountries   first three letters of each source actor's code (ISO-3, IGO, NGO…)
 * @param targetCountries   the same for the targets; empty when the record has no target
 * @param cameo             the CAMEO code of the manual example this sentence is, when known
 */
public record PloverGold(String id, String text, String date, String legacyEvent, String legacyMode,
                         PloverType event, Set<String> sourceCountries, Set<String> targetCountries,
                         String cameo) {

    public PloverGold {
        sourceCountries = Set.copyOf(sourceCountries);
        targetCountries = Set.copyOf(targetCountries);
    }

    public PloverGold withCameo(String code) {
        return new PloverGold(id, text, date, legacyEvent, legacyMode, event, sourceCountries, targetCountries, code);
    }

    /** The two-digit CAMEO root, or null. */
    public String cameoRoot() {
        return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
    }
}
