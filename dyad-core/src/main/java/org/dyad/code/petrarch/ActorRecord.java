package org.dyad.code.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a PETRARCH actor dictionary: its names (the head name and its {@code +} synonyms,
 * each a sequence of upper-case words) and its codes, possibly restricted to periods.
 *
 * @param line line of the head name in the file
 */
public record ActorRecord(List<List<String>> names, List<DatedCode> codes, int line) {

    public ActorRecord {
        names = names.stream().map(List::copyOf).toList();
        codes = List.copyOf(codes);
    }

    /**
     * The codes that hold on {@code day}: the first dated code whose period covers it, else the
     * undated one; with no day, the undated one (or the first). A code written {@code A/B} names
     * several actors at once ("the Shire" → FRO, BIL, SAM). Empty when no code holds.
     */
    public List<String> codesOn(LocalDate day) {
        DatedCode chosen = null;
        if (day != null) {
            chosen = codes.stream().filter(c -> !c.undated() && c.holdsOn(day)).findFirst().orElse(null);
        }
        if (chosen == null) {
            chosen = codes.stream().filter(DatedCode::undated).findFirst()
                    .orElse(day == null && !codes.isEmpty() ? codes.get(0) : null);
        }
        if (chosen == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : chosen.code().split("/")) {
            if (!part.isBlank() && !part.equals("---")) {
                out.add(part);
            }
        }
        return out;
    }

    /** "GAZA_CITY", "HAMAS WING", "ARNOR_" → words; a trailing underscore only marks a whole word. */
    static List<String> words(String name) {
        return Arrays.stream(name.replace('_', ' ').strip().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }
}
