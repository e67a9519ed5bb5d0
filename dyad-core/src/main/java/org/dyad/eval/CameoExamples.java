package org.dyad.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codebook's example sentences ({@code cameo-codes.csv} with columns {@code code} and
 * {@code example}), looked up by sentence. The PLOVER gold records are edited copies of these
 * examples, so a match gives the CAMEO code a PLOVER record was written for.
 *
 * <p>Sentences are compared on their first {@value #KEY_LETTERS} ASCII letters, lower-cased:
 * the codebook file carries mojibake in its quotes and apostrophes and the PLOVER edits mostly
 * touch the end of sentences, so punctuation and the tail are left out of the key.
 */
public final class CameoExamples {
    static final int KEY_LETTERS = 60;

    private final Map<String, String> codeByKey;

    private CameoExamples(Map<String, String> codeByKey) {
        this.codeByKey = Map.copyOf(codeByKey);
    }

    public static CameoExamples none() {
        return new CameoExamples(Map.of());
    }

    /** Parses the codebook CSV; rows without an example or a numeric code are ignored. */
    public static CameoExamples parse(String csv) {
        List<List<String>> rows = CsvRecords.parse(csv);
        if (rows.isEmpty()) {
            return none();
        }
        List<String> header = rows.get(0);
        int code = header.indexOf("code");
        int example = header.indexOf("example");
        if (code < 0 || example < 0) {
            throw new IllegalArgumentException("CAMEO codebook CSV needs 'code' and 'example' columns");
        }
        Map<String, String> map = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(code, example) && row.get(code).matches("\\d{2,4}")
                    && !"NA".equals(row.get(example))) {
                String key = key(row.get(example));
                if (!key.isEmpty()) {
                    map.putIfAbsent(key, row.get(code));
                }
            }
        }
        return new CameoExamples(map);
    }

    public Optional<String> codeFor(String sentence) {
        return Optional.ofNullable(codeByKey.get(key(sentence)));
    }

    public int size() {
        return codeByKey.size();
    }

    static String key(String sentence) {
        String letters = sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return letters.length() > KEY_LETTERS ? letters.substring(0, KEY_LETTERS) : letters;
    }
}
