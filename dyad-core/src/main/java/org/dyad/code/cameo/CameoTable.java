package org.dyad.code.cameo;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;

/**
 * The CAMEO code table ({@code cameo-codes.tsv}), the CAMEO→PLOVER mapping
 * ({@code cameo-plover.tsv}) and the old-PLOVER-label mapping ({@code plover-legacy.tsv}),
 * all shipped as data files under {@code org/dyad/cameo/}.
 */
public final class CameoTable {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final String NO_PLOVER = "-";
    private static volatile CameoTable shared;

    private final Map<String, CameoCode> codes;
    private final Map<String, Optional<PloverType>> plover;
    private final Map<String, LegacyRow> legacy;
    private final Map<String, IntentCode> intents;

    private record LegacyRow(String event, String mode) {
    }

    /** The code CAMEO gives to the stated intention of an act, and the data row that says so. */
    public record IntentCode(String code, String origin) {
    }

    private CameoTable(Map<String, CameoCode> codes, Map<String, Optional<PloverType>> plover,
                       Map<String, LegacyRow> legacy, Map<String, IntentCode> intents) {
        this.codes = Collections.unmodifiableMap(codes);
        this.plover = Collections.unmodifiableMap(plover);
        this.legacy = Collections.unmodifiableMap(legacy);
        this.intents = Collections.unmodifiableMap(intents);
    }

    /** The shipped tables, read once per JVM. */
    public static CameoTable load() {
        CameoTable t = shared;
        if (t == null) {
            synchronized (CameoTable.class) {
                if (shared == null) {
                    shared = read();
                }
                t = shared;
            }
        }
        return t;
    }

    /** The code, e.g. {@code get("042")}; empty for an unknown code. */
    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code.strip()));
    }

    /** Every code in file order (roots first within each family). */
    public Collection<CameoCode> all() {
        return codes.values();
    }

    /**
     * The PLOVER event type and mode of a CAMEO code. A code missing from the mapping falls back
     * to its parent (0312 → 031 → 03). Empty when PLOVER has no type for it (CAMEO 010-017) or the
     * code is unknown.
     */
    public Optional<PloverType> ploverFor(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (String c = code.strip(); c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Optional<PloverType> p = plover.get(c);
            if (p != null) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The code of a stated intention to do {@code act} ({@code cameo-intent.tsv}): 042 → 036,
     * 0832 → 0342, 190 → 1384; the longest listed prefix wins. Empty for acts CAMEO has no
     * intention code for (statements, appeals, demands, criticism…).
     */
    public Optional<IntentCode> intentFor(String act) {
        if (act == null) {
            return Optional.empty();
        }
        for (String c = act.strip(); c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            IntentCode intent = intents.get(c);
            if (intent != null) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    /** PLOVER 2021 type for an old (0.5b1) label without mode, e.g. DISAPPROVE → ACCUSE/disapprove. */
    public Optional<PloverType> legacyPlover(String label) {
        return legacyPlover(label, null);
    }

    /**
     * PLOVER 2021 type for an old label and mode as found in the PLOVER gold records, e.g.
     * (PROTEST, strike-hun) → PROTEST/hunger, (FIGHT, firearms) → ASSAULT/firearms.
     */
    public Optional<PloverType> legacyPlover(String label, String mode) {
        if (label == null) {
            return Optional.empty();
        }
        String event = label.strip().toUpperCase(Locale.ROOT);
        String oldMode = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
        LegacyRow row = legacy.get(event + "\t" + oldMode);
        if (row == null) {
            row = legacy.get(event + "\t");
        }
        if (row == null) {
            return Optional.empty();
        }
        String newMode = "=".equals(row.mode()) ? oldMode : row.mode();
        return Optional.of(new PloverType(row.event(), newMode));
    }

    /** A shipped file of this package: its first non-comment line is the column header. */
    static TsvFile dataFile(String name) {
        return TsvFile.resource("org/dyad/cameo/" + name).headerRow();
    }

    private static CameoTable read() {
        Map<String, CameoCode> codes = readCodes();
        return new CameoTable(codes, readPlover(codes), readLegacy(), readIntents(codes));
    }

    private static Map<String, CameoCode> readCodes() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (TsvRow row : dataFile("cameo-codes.tsv").rows()) {
            String code = row.cell(0);
            String root = row.cell(1);
            if (!CODE.matcher(code).matches() || !code.startsWith(root) || root.length() != 2) {
                throw row.error("bad code/root '" + code + "'/'" + root + "'");
            }
            double goldstein = number(row, row.cell(3));
            int quad = (int) number(row, row.cell(4));
            if (goldstein < -10 || goldstein > 10) {
                throw row.error("Goldstein score outside -10..10: " + goldstein);
            }
            if (quad != CameoCode.quadClassOf(root)) {
                throw row.error("quad class " + quad + " does not match root " + root);
            }
            if (codes.put(code, new CameoCode(code, root, row.cell(2), goldstein, quad)) != null) {
                throw row.error("duplicate code " + code);
            }
        }
        return codes;
    }

    private static Map<String, Optional<PloverType>> readPlover(Map<String, CameoCode> codes) {
        Map<String, Optional<PloverType>> map = new LinkedHashMap<>();
        for (TsvRow row : dataFile("cameo-plover.tsv").rows()) {
            String code = row.cell(0);
            if (!codes.containsKey(code)) {
                throw row.error("unknown CAMEO code " + code);
            }
            String event = row.cell(1);
            if (event.isEmpty()) {
                throw row.error("empty PLOVER event (write - for none)");
            }
            Optional<PloverType> type = NO_PLOVER.equals(event)
                    ? Optional.empty() : Optional.of(new PloverType(event, row.cell(2)));
            if (map.put(code, type) != null) {
                throw row.error("duplicate code " + code);
            }
        }
        return map;
    }

    private static Map<String, LegacyRow> readLegacy() {
        Map<String, LegacyRow> map = new LinkedHashMap<>();
        for (TsvRow row : dataFile("plover-legacy.tsv").rows()) {
            String key = row.cell(0).toUpperCase(Locale.ROOT) + "\t" + row.cell(1).toLowerCase(Locale.ROOT);
            if (row.cell(0).isEmpty() || row.cell(2).isEmpty()) {
                throw row.error("legacy label and PLOVER event are required");
            }
            if (map.put(key, new LegacyRow(row.cell(2), row.cell(3))) != null) {
                throw row.error("duplicate legacy label " + key.replace('\t', '/'));
            }
        }
        return map;
    }

    private static Map<String, IntentCode> readIntents(Map<String, CameoCode> codes) {
        Map<String, IntentCode> map = new LinkedHashMap<>();
        for (TsvRow row : dataFile("cameo-intent.tsv").rows()) {
            String act = row.cell(0);
            String intent = row.cell(1);
            if (!codes.containsKey(act) || !codes.containsKey(intent)) {
                throw row.error("unknown CAMEO code in '" + act + "' -> '" + intent + "'");
            }
            if (!intent.startsWith("03") && !intent.startsWith("13")) {
                throw row.error("an intention is coded in root 03 or 13, not " + intent);
            }
            if (map.put(act, new IntentCode(intent, "cameo-intent.tsv:" + row.line())) != null) {
                throw row.error("duplicate act " + act);
            }
        }
        return map;
    }

    private static double number(TsvRow row, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw row.error("not a number: '" + text + "'");
        }
    }
}
