package org.dyad.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.code.cameo.CameoTable;
import org.dyad.code.cameo.PloverType;
import org.dyad.eval.CameoExamples;

/**
 * The PLOVER gold records ({@code PLOVER_GSR_CAMEO.json}) mapped onto the coding guide: the old
 * PLOVER label becomes the 2021 type through {@link CameoTable#legacyPlover}; the CAMEO root comes
 * from the codebook example the record was written from, when it is found; the markup's
 * {@code (SRC: ...)}, {@code (TAR: ...)} and {@code (SRC/TAR: ...)} become source, target and
 * reciprocal spans, located in the text left to right.
 */
public final class PloverExamples {
    private static final Pattern MARK = Pattern.compile("\\(([A-Z/]+):\\s*([^()]*)\\)");

    private PloverExamples() {
    }

    public static List<CodedSentence> read(InputStream json, CameoTable table, CameoExamples codebook,
                                           Consumer<String> warnings) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) {
            throw new IOException("not a JSON array of PLOVER records");
        }
        List<CodedSentence> out = new ArrayList<>();
        for (JsonNode r : root) {
            String id = r.path("id").asText("?");
            String event = r.path("event").asText("");
            String text = r.path("text").asText("");
            if ("DOCUMENT".equals(event) || text.isBlank()) {
                continue;
            }
            String mode = r.hasNonNull("mode") ? r.get("mode").asText() : null;
            String type = table.legacyPlover(event, mode).map(PloverType::event).orElse(null);
            String code = codebook.codeFor(text).orElse(null);
            JsonNode info = r.path("textInfo");
            String markup = info.isObject() ? info.path("markup").asText("") : "";
            List<ActorSpan> spans = markup.isEmpty() ? List.of() : spans(text, markup, id, warnings);
            out.add(new CodedSentence("plover-gsr/PLOVER_GSR_CAMEO.json:" + id, textGroup(text), text, true,
                    code == null ? null : code.substring(0, 2), null, type, null, spans, !markup.isEmpty()));
        }
        return out;
    }

    static List<ActorSpan> spans(String text, String markup, String id, Consumer<String> warnings) {
        List<ActorSpan> out = new ArrayList<>();
        int from = 0;
        Matcher m = MARK.matcher(markup);
        while (m.find()) {
            ActorSpan.Role role = role(m.group(1));
            String words = m.group(2).strip();
            if (role == null || words.isEmpty()) {
                continue;
            }
            int at = text.indexOf(words, from);
            at = at < 0 ? text.indexOf(words) : at;
            if (at < 0) {
                warnings.accept(id + ": marked actor '" + words + "' not in the text, left out");
                continue;
            }
            out.add(new ActorSpan(role, at, at + words.length()));
            from = at + words.length();
        }
        return out;
    }

    private static ActorSpan.Role role(String tag) {
        return switch (tag) {
            case "SRC", "SRC/LOC" -> ActorSpan.Role.S;
            case "TAR", "TAR/LOC" -> ActorSpan.Role.T;
            case "SRC/TAR" -> ActorSpan.Role.R;
            default -> null;
        };
    }

    /**
     * Fold group for wire sentences: the first 60 letters, lower-cased, so the copies of one CAMEO
     * manual example in Multi-CoPED, PLOVER and the codebook land in the same fold.
     */
    static String textGroup(String text) {
        String letters = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return "text:" + (letters.length() > 60 ? letters.substring(0, 60) : letters);
    }
}
