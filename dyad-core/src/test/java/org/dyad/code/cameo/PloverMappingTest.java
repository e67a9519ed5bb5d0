package org.dyad.code.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.eval.CsvRecords;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

    static final Set<String> PLOVER_2021 = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT");

    private final CameoTable table = CameoTable.load();

    @Test
    void everyCodeHasItsOwnMappingRow() {
        Set<String> mapped = CameoTable.dataFile("cameo-plover.tsv").rows().stream()
                .map(r -> r.cell(0)).collect(Collectors.toSet());
        Set<String> codes = table.all().stream().map(CameoCode::code).collect(Collectors.toSet());
        assertThat(mapped).isEqualTo(codes);
    }

    @Test
    void onlyPublicStatementsLackAPloverType() {
        for (CameoCode c : table.all()) {
            boolean statement = c.root().equals("01") && c.code().compareTo("018") < 0;
            assertThat(table.ploverFor(c.code()).isEmpty()).as(c.code()).isEqualTo(statement);
            table.ploverFor(c.code()).ifPresent(p -> assertThat(PLOVER_2021).contains(p.event()));
        }
    }

    @Test
    void spotChecks() {
        assertThat(table.ploverFor("042")).contains(new PloverType("CONSULT", "visit"));
        assertThat(table.ploverFor("043")).contains(new PloverType("CONSULT", "visit"));
        assertThat(table.ploverFor("041")).contains(new PloverType("CONSULT", "phone"));
        assertThat(table.ploverFor("046")).contains(new PloverType("CONSULT", ""));
        assertThat(table.ploverFor("057")).contains(new PloverType("SUPPORT", ""));
        assertThat(table.ploverFor("0312")).contains(new PloverType("AGREE", ""));
        assertThat(table.ploverFor("085").orElseThrow().event()).isEqualTo("RETREAT");
        assertThat(table.ploverFor("0841")).contains(new PloverType("RETREAT", "release"));
        assertThat(table.ploverFor("163").orElseThrow().event()).isEqualTo("SANCTION");
        assertThat(table.ploverFor("173")).contains(new PloverType("COERCE", "arrest"));
        assertThat(table.ploverFor("195")).contains(new PloverType("ASSAULT", "aerial"));
        assertThat(table.ploverFor("112").orElseThrow().event()).isEqualTo("ACCUSE");
        assertThat(table.ploverFor("010")).isEmpty();
    }

    @Test
    void unknownLongCodeFallsBackToItsParent() {
        assertThat(table.ploverFor("0429")).isEqualTo(table.ploverFor("042"));
        assertThat(table.ploverFor("99")).isEmpty();
        assertThat(table.ploverFor(null)).isEmpty();
    }

    @Test
    void emptyModeBecomesNullInTheEventContract() {
        assertThat(new PloverType("CONSULT", "").toModel().mode()).isNull();
        assertThat(new PloverType("CONSULT", "visit").toModel().mode()).isEqualTo("visit");
    }

    @Test
    void legacyLabelsMapToCurrentTypes() {
        assertThat(table.legacyPlover("DISAPPROVE")).contains(new PloverType("ACCUSE", "disapprove"));
        assertThat(table.legacyPlover("demand")).contains(new PloverType("REQUEST", ""));
        assertThat(table.legacyPlover("FIGHT", "heavy-weapons")).contains(new PloverType("ASSAULT", "heavy-weapons"));
        assertThat(table.legacyPlover("PROTEST", "strike-hun")).contains(new PloverType("PROTEST", "hunger"));
        assertThat(table.legacyPlover("CONSULT", "host")).contains(new PloverType("CONSULT", "visit"));
        assertThat(table.legacyPlover("COERCE", "destroy")).contains(new PloverType("ASSAULT", "destroy"));
        assertThat(table.legacyPlover("NOSUCH")).isEmpty();
    }

    /** Every mode we emit is a mode the current PLOVER codebook defines for that event type. */
    @Test
    void modesExistInTheCurrentCodebook() throws IOException {
        Set<String> known = currentModes();
        List<String> unknown = new ArrayList<>();
        for (CameoCode c : table.all()) {
            table.ploverFor(c.code()).filter(p -> !p.mode().isEmpty())
                    .filter(p -> !known.contains(p.event() + "/" + p.mode()))
                    .ifPresent(p -> unknown.add(c.code() + " " + p));
        }
        assertThat(unknown).isEmpty();
    }

    /** Every event/mode pair in the PLOVER gold records maps to a current type and mode. */
    @Test
    void everyGoldLabelHasALegacyMapping() throws IOException {
        Path gsr = SharedData.require("data/plover-gsr/PLOVER_GSR_CAMEO.json");
        Set<String> known = currentModes();
        List<String> problems = new ArrayList<>();
        for (JsonNode rec : new ObjectMapper().readTree(Files.readString(gsr))) {
            String event = rec.path("event").asText();
            if (event.equals("DOCUMENT")) {
                continue;
            }
            String mode = rec.path("mode").asText("");
            PloverType p = table.legacyPlover(event, mode).orElse(null);
            if (p == null || !PLOVER_2021.contains(p.event())
                    || (!p.mode().isEmpty() && !known.contains(p.event() + "/" + p.mode()))) {
                problems.add(event + "/" + mode + " -> " + p);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> currentModes() throws IOException {
        Path csv = SharedData.require("data/plover-gsr/ngec-2025-plover-codebook/PLOVER_structured_codebook_updated.csv");
        List<List<String>> rows = CsvRecords.parse(Files.readString(csv));
        int event = rows.get(0).indexOf("event");
        int mode = rows.get(0).indexOf("mode");
        Set<String> out = new HashSet<>();
        rows.subList(1, rows.size()).stream().filter(r -> r.size() > mode && !r.get(mode).isBlank())
                .forEach(r -> out.add(r.get(event).strip() + "/" + r.get(mode).strip()));
        return out;
    }
}
