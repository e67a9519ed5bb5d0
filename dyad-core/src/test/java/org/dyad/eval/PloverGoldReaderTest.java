package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.code.cameo.CameoTable;
import org.dyad.code.cameo.PloverType;
import org.junit.jupiter.api.Test;

class PloverGoldReaderTest {
    private final List<String> warnings = new ArrayList<>();

    private List<PloverGold> read(String json) throws IOException {
        return new PloverGoldReader(CameoTable.load())
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), warnings::add);
    }

    @Test
    void skipsDocumentEntriesAndMapsOldLabels() throws IOException {
        List<PloverGold> gold = read("""
                [{"id": "D-1", "event": "DOCUMENT", "eventText": "about this file"},
                 {"id": "R-1", "date": "2000-01-01", "event": "DEMAND", "text": "Iran urged Iraq to withdraw.",
                  "source": [{"actorText": "Iran", "code": "IRN", "sector": "GOV"}],
                  "target": [{"actorText": "Iraq", "code": "IRQGOV"}]},
                 {"id": "R-2", "event": "PROTEST", "mode": "strike-hun", "text": "Inmates went on hunger strike.",
                  "source": [{"actorText": "inmates", "code": "TUR"}], "target": ""}]
                """);
        assertThat(gold).extracting(PloverGold::id).containsExactly("R-1", "R-2");
        assertThat(gold.get(0).event()).isEqualTo(new PloverType("REQUEST", null));
        assertThat(gold.get(0).targetCountries()).containsExactly("IRQ");
        assertThat(gold.get(1).event().event()).isEqualTo("PROTEST");
        assertThat(gold.get(1).event().mode()).isEqualTo("hunger");
        assertThat(gold.get(1).targetCountries()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void compoundActorsAndOldCountryCodes() throws IOException {
        PloverGold g = read("""
                [{"id": "R-3", "event": "AGREE", "text": "Japan and Italy agreed with the U.N.",
                  "source": [{"code": "JAP"}, {"code": "ITL"}, {"code": "VTN"}], "target": [{"code": "IGO"}]}]
                """).get(0);
        assertThat(g.sourceCountries()).containsExactlyInAnyOrder("JPN", "ITA", "VNM");
        assertThat(g.targetCountries()).containsExactly("IGO");
    }

    @Test
    void recordWithoutTextIsSkippedWithAReason() throws IOException {
        assertThat(read("[{\"id\": \"R-4\", \"event\": \"AGREE\"}]")).isEmpty();
        assertThat(warnings).singleElement().asString().contains("R-4");
    }

    @Test
    void unknownOldLabelIsKeptUnmappedAndReported() throws IOException {
        List<PloverGold> gold = read("[{\"id\": \"R-5\", \"event\": \"TELEPORT\", \"text\": \"Something odd.\"}]");
        assertThat(gold).singleElement().extracting(PloverGold::event).isNull();
        assertThat(warnings).singleElement().asString().contains("TELEPORT");
    }
}
