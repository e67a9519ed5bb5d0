package org.dyad.eval.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Certainty;

/**
 * Reads a gold set: JSON Lines, one {@link GoldSentence} per line (format in
 * {@code data/gold/README.md}). A line that breaks the format stops reading with
 * {@code FILE:LINE: reason}, so a typo in hand coding never passes silently.
 */
public final class GoldSetReader {
    private static final Pattern CAMEO = Pattern.compile("\\d{3,4}");
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private GoldSetReader() {
    }

    public static List<GoldSentence> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldSentence> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            GoldSentence s = parse(line, where);
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException(where + "duplicate id " + s.id());
            }
            out.add(s);
        }
        return out;
    }

    static GoldSentence parse(String line, String where) {
        GoldSentence s;
        try {
            s = JSON.readValue(line, GoldSentence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + e.getOriginalMessage());
        }
        if (s.id() == null || s.path() == null || s.sha1() == null || s.start() < 0 || s.end() <= s.start()) {
            throw new IllegalArgumentException(where + "needs id, path, sha1 and 0 <= start < end");
        }
        for (GoldEvent e : s.events()) {
            check(e, where + s.id() + ": ");
        }
        return s;
    }

    private static void check(GoldEvent e, String where) {
        if (e.cameo() == null || !CAMEO.matcher(e.cameo()).matches()) {
            throw new IllegalArgumentException(where + "CAMEO code must be 3 or 4 digits: " + e.cameo());
        }
        if (e.source() == null || !ACTOR.matcher(e.source()).matches()) {
            throw new IllegalArgumentException(where + "source must be an actor code: " + e.source());
        }
        for (String code : new String[] {e.target(), e.attribution()}) {
            if (code != null && !ACTOR.matcher(code).matches()) {
                throw new IllegalArgumentException(where + "not an actor code: " + code);
            }
        }
        try {
            Certainty.of(e.certainty());
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new IllegalArgumentException(where + "unknown certainty " + e.certainty());
        }
    }
}
