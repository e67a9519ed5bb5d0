package org.dyad.learn;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.cameo.CameoTable;
import org.dyad.code.cameo.PloverType;
import org.dyad.eval.CsvRecords;

/**
 * The CAMEO codebook's example sentences ({@code cameo-codes.csv}, columns {@code code} and
 * {@code example}) as event sentences with the code's root and PLOVER type; they carry no spans.
 */
public final class CodebookExamples {

    private CodebookExamples() {
    }

    public static List<CodedSentence> parse(String csv, CameoTable table) {
        List<List<String>> rows = CsvRecords.parse(csv);
        List<CodedSentence> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0);
        int code = header.indexOf("code");
        int example = header.indexOf("example");
        if (code < 0 || example < 0) {
            throw new IllegalArgumentException("CAMEO codebook CSV needs 'code' and 'example' columns");
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() <= Math.max(code, example) || !row.get(code).matches("\\d{2,4}")
                    || row.get(example).isBlank() || "NA".equals(row.get(example))) {
                continue;
            }
            String c = row.get(code);
            String text = row.get(example).strip();
            String plover = table.ploverFor(c).map(PloverType::event).orElse(null);
            out.add(new CodedSentence("cameo-codebook-examples/cameo-codes.csv:row" + i, PloverExamples.textGroup(text),
                    text, true, c.substring(0, 2), null, plover, null, List.of(), false));
        }
        return out;
    }
}
