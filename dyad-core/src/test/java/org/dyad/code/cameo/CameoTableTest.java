package org.dyad.code.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.eval.CsvRecords;
import org.junit.jupiter.api.Test;

class CameoTableTest {

    private final CameoTable table = CameoTable.load();

    @Test
    void everyRootIsPresentWithTheGdeltQuadClass() {
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            CameoCode code = table.get(root).orElseThrow();
            assertThat(code.quadClass()).isEqualTo(r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4);
            assertThat(table.get(root + "0")).as("residual code %s0", root).isPresent();
        }
    }

    @Test
    void intentionsTakeTheLongestListedPrefixAndStayInRoots03And13() {
        assertThat(table.intentFor("042").orElseThrow().code()).isEqualTo("036");
        assertThat(table.intentFor("045").orElseThrow().code()).isEqualTo("039");
        assertThat(table.intentFor("0832").orElseThrow().code()).isEqualTo("0342");
        assertThat(table.intentFor("0871").orElseThrow().code()).isEqualTo("0356");
        assertThat(table.intentFor("163").orElseThrow().code()).isEqualTo("1312");
        assertThat(table.intentFor("195").orElseThrow().code()).isEqualTo("1384");
        assertThat(table.intentFor("163").orElseThrow().origin()).startsWith("cameo-intent.tsv:");
        assertThat(table.intentFor("010")).as("a statement has no intention code").isEmpty();
        assertThat(table.intentFor("112")).isEmpty();
        for (CameoCode c : table.all()) {
            table.intentFor(c.code()).ifPresent(i -> assertThat(i.code()).as("intent of %s", c.code()).matches("(03|13)\\d*"));
        }
    }

    @Test
    void everyLongCodeHasItsParent() {
        for (CameoCode c : table.all()) {
            String parent = c.code().substring(0, c.code().length() - 1);
            if (c.code().length() > 2) {
                assertThat(table.get(parent)).as("parent of %s", c.code()).isPresent();
            }
            assertThat(c.root()).isEqualTo(c.code().substring(0, 2));
        }
        assertThat(table.all()).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void knownCodesCarryTheirGoldsteinScores() {
        assertThat(table.get("042").orElseThrow().goldstein()).isEqualTo(1.9);
        assertThat(table.get("057").orElseThrow().goldstein()).isEqualTo(8.0);
        assertThat(table.get("163").orElseThrow().goldstein()).isEqualTo(-8.0);
        assertThat(table.get("0874").orElseThrow().goldstein()).isEqualTo(10.0);
        assertThat(table.get("085").orElseThrow().name()).isEqualTo("Ease economic sanctions, boycott, embargo");
        assertThat(table.get("999")).isEmpty();
        assertThat(table.get(null)).isEmpty();
    }

    @Test
    void loadIsCached() {
        assertThat(CameoTable.load()).isSameAs(table);
    }

    /** The ICEWS copy of the CAMEO codebook: same codes, same Goldstein scores, same names. */
    @Test
    void matchesTheIcewsCodebook() throws IOException {
        Path csv = SharedData.require("data/cameo-codebook-examples/cameo-codes.csv");
        Map<String, String[]> reference = readIcewsCodebook(csv);
        List<String> problems = new ArrayList<>();
        reference.forEach((code, ref) -> {
            CameoCode ours = table.get(code).orElse(null);
            if (ours == null) {
                problems.add("missing " + code);
            } else if (Double.parseDouble(ref[1]) != ours.goldstein()) {
                problems.add("goldstein " + code + ": " + ours.goldstein() + " vs " + ref[1]);
            } else if (!normalised(ref[0]).equals(normalised(ours.name()))) {
                problems.add("name " + code + ": '" + ours.name() + "' vs '" + ref[0] + "'");
            }
        });
        table.all().stream().filter(c -> !reference.containsKey(c.code()))
                .forEach(c -> problems.add("extra " + c.code()));
        assertThat(problems).isEmpty();
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** code → {name, goldstein}; the file is cp1252 with quoted, multi-line fields. */
    private static Map<String, String[]> readIcewsCodebook(Path csv) throws IOException {
        List<List<String>> rows = CsvRecords.parse(Files.readString(csv, Charset.forName("windows-1252")));
        List<String> header = rows.get(0);
        int name = header.indexOf("name");
        int code = header.indexOf("code");
        int goldstein = header.indexOf("goldstein");
        Map<String, String[]> out = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > goldstein) {
                out.put(row.get(code), new String[] {row.get(name), row.get(goldstein)});
            }
        }
        return out;
    }
}
