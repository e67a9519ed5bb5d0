package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class ValidationScoreTest {

    private static List<ValidationRecord> records() throws IOException {
        try (InputStream in = ValidationScoreTest.class.getResourceAsStream("/org/dyad/code/petrarch/records.xml")) {
            ValidationRecords r = ValidationRecords.read(in);
            assertThat(r.warnings()).singleElement().asString().contains("T-06");
            return r.records();
        }
    }

    private static ValidationRecord byId(List<ValidationRecord> rs, String id) {
        return rs.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsRecordsWithTheirExpectations() throws IOException {
        List<ValidationRecord> rs = records();
        assertThat(rs).extracting(ValidationRecord::id).containsExactly("T-01", "T-02", "T-03", "T-04", "T-05");
        ValidationRecord first = rs.get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(first.text()).isEqualTo("Freedonia restored ties with Sylvania.");
        assertThat(first.codings()).extracting(ValidationRecord.Coding::source).containsExactly("FRE", "SYL");
        assertThat(byId(rs, "T-02").noEvents()).isTrue();
        assertThat(byId(rs, "T-04").scored()).isFalse();
        assertThat(byId(rs, "T-05")).satisfies(r -> {
            assertThat(r.scored()).isTrue();
            assertThat(r.noEvents()).isTrue();
        });
        assertThat(byId(rs, "T-03").codings().get(1).textCoded()).isTrue();
    }

    @Test
    void countsExactLooseExtraAndEmptyRecords() throws IOException {
        List<ValidationRecord> rs = records();
        ValidationScore score = new ValidationScore();
        score.add(byId(rs, "T-01"), List.of(event("FRE", "SYL", "064"), event("SYL", "FRE", "065"), event("FRE", null, "010")));
        score.add(byId(rs, "T-02"), List.of());
        score.add(byId(rs, "T-03"), List.of(event("FRE", "SYL", "193")));
        score.add(byId(rs, "T-04"), List.of(event("FRE", "SYL", "064")));
        score.add(byId(rs, "T-05"), List.of(event("FRE", "SYL", "064")));

        Map<String, ValidationScore.Tally> cats = score.byCategory();
        ValidationScore.Tally demo = cats.get("DEMO");
        assertThat(demo.expected).isEqualTo(2);
        assertThat(demo.reproduced).isEqualTo(1);
        assertThat(demo.loose).isEqualTo(2);
        assertThat(demo.extra).isEqualTo(1);
        assertThat(demo.extraOneSided).isEqualTo(1);
        assertThat(demo.noEventCorrect).isEqualTo(1);
        ValidationScore.Tally agent = cats.get("AGENT");
        assertThat(agent.expected).isEqualTo(1);
        assertThat(agent.reproduced).isZero();
        assertThat(agent.loose).isEqualTo(1);
        assertThat(agent.textCoded).isEqualTo(1);
        ValidationScore.Tally error = cats.get("ERROR");
        assertThat(error.unscored).isEqualTo(1);
        assertThat(error.noEventRecords).isEqualTo(1);
        assertThat(error.noEventCorrect).isZero();
        assertThat(error.extra).isEqualTo(1);
        assertThat(score.total().expected).isEqualTo(3);
        assertThat(score.outcomes()).filteredOn(o -> o.record().id().equals("T-03")).singleElement()
                .satisfies(o -> assertThat(o.missed()).containsExactly("FREMIL>SYL:190"));
    }

    static Event event(String src, String tgt, String cameo) {
        return new Event("id", 0, new Event.Trigger("x", 0, 1), actor(src), actor(tgt), cameo, cameo.substring(0, 2), 0, 0,
                new Event.Plover(null, null), null, null, null, null, "asserted", null, List.of(), "test");
    }

    private static Actor actor(String code) {
        return code == null ? null : new Actor(code, code, code.substring(0, 3), null, List.of());
    }
}
