package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.code.cameo.CameoTable;
import org.dyad.code.cameo.PloverType;

/**
 * Reads the PLOVER gold-standard file ({@code PLOVER_GSR_CAMEO.json}: a JSON array of records with
 * {@code id, date, source[], target[], event, mode, text}). DOCUMENT entries are documentation and
 * are skipped; a record without text is skipped with a warning.
 */
public final class PloverGoldReader {

    /*
     * The file was meant to use ISO-3 codes throughout, but two old CAMEO country codes (JAP, ITL)
     * and one typo (VTN) survived the edit; without this, Japan, Italy and Vietnam could never match.
     */
    private static final Map<String, String> OLD_COUNTRY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private final CameoTable table;

    public PloverGoldReader(CameoTable table) {
        this.table = table;
    }

    public List<PloverGold> read(InputStream json, Consumer<String> warnings) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) {
            throw new IOException("not a JSON array of PLOVER records");
        }
        List<PloverGold> out = new ArrayList<>();
        for (JsonNode r : root) {
            String id = r.path("id").asText("?");
            String event = r.path("event").asText("");
            if ("DOCUMENT".equals(event)) {
                continue;
            }
            String text = r.path("text").asText("");
            if (text.isBlank() || event.isBlank()) {
                warnings.accept(id + ": no text or no event, skipped");
                continue;
            }
            String mode = r.hasNonNull("mode") ? r.get("mode").asText() : null;
            PloverType mapped = table.legacyPlover(event, mode).orElse(null);
            if (mapped == null) {
                warnings.accept(id + ": no mapping for old label " + event + "/" + mode);
            }
            out.add(new PloverGold(id, text, r.path("date").asText(null), event, blankToNull(mode), mapped,
                    countries(r.get("source")), countries(r.get("target")), null));
        }
        return out;
    }

    /** The country part of each actor; a string or a missing field (the file has both) means none. */
    static Set<String> countries(JsonNode actors) {
        Set<String> out = new LinkedHashSet<>();
        if (actors == null || !actors.isArray()) {
            return out;
        }
        for (JsonNode a : actors) {
            String code = a.path("code").asText("").strip().toUpperCase(Locale.ROOT);
            if (code.length() >= 3) {
                String country = code.substring(0, 3);
                out.add(OLD_COUNTRY_CODES.getOrDefault(country, country));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
