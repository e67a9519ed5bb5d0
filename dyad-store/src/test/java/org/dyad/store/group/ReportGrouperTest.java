package org.dyad.store.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dyad.model.Actor;
import org.dyad.model.Certainty;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class ReportGrouperTest {
    private static Report r(String id, String doc, String pub, String date, String source, String country) {
        return new Report(id, doc, pub, Certainty.ASSERTED, DateWindow.of(date, source), country);
    }

    private static List<List<String>> ids(List<Report> reports) {
        return ReportGrouper.group(reports).stream().map(g -> g.stream().map(Report::id).sorted().toList()).toList();
    }

    @Test
    void exactDaysMustBeEqualAndAMonthJoinsTheDayInsideIt() {
        List<Report> rs = List.of(r("a", "d1", "P", "2021-10-18", "text", null), r("b", "d2", "Q", "2021-10-19", "text", null),
                r("c", "d3", "R", "2021-10", "text", null));
        assertThat(ids(rs)).hasSize(2).anySatisfy(g -> assertThat(g).hasSize(2));
    }

    @Test
    void publicationFallbacksJoinWithinThreeDaysButDoNotChain() {
        List<Report> rs = List.of(r("a", "d1", "P", "2021-10-01", "published", null),
                r("b", "d2", "Q", "2021-10-04", "published", null), r("c", "d3", "R", "2021-10-07", "published", null));
        // a~b and b~c, but a and c are 6 days apart: complete linkage keeps c out.
        assertThat(ids(rs)).containsExactly(List.of("a", "b"), List.of("c"));
        assertThat(DateWindow.of("2021-10-01", "published").compatible(DateWindow.of("2021-10-04", "text"))).isTrue();
        assertThat(DateWindow.of("2021-10-01", "published").compatible(DateWindow.of("2021-10-05", "text"))).isFalse();
    }

    @Test
    void placesInDifferentCountriesStayApartUnknownJoins() {
        List<Report> rs = List.of(r("a", "d1", "P", "2021-10-18", "text", "SYR"), r("b", "d2", "Q", "2021-10-18", "text", "RUS"),
                r("c", "d3", "R", "2021-10-18", "text", null));
        assertThat(ids(rs)).hasSize(2);
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Report> rs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rs.add(r("m" + i, "d" + i, "P" + (i % 5), "2021-10-" + String.format("%02d", 1 + i % 20),
                    i % 3 == 0 ? "published" : "text", i % 7 == 0 ? "SYR" : null));
        }
        List<List<String>> expected = ids(rs);
        Random random = new Random(1);
        for (int k = 0; k < 20; k++) {
            Collections.shuffle(rs, random);
            assertThat(ids(rs)).isEqualTo(expected);
        }
    }

    @Test
    void symmetricRootsIgnoreDirectionOthersDoNot() {
        Actor rus = new Actor("Russia", "RUS", "RUS", null, List.of());
        Actor irn = new Actor("Iran", "IRNMIL", "IRN", "MIL", List.of("MIL"));
        assertThat(BlockKey.of(event("057", rus, irn))).isEqualTo(BlockKey.of(event("057", irn, rus))).isEqualTo("05|IRN|RUS");
        assertThat(BlockKey.of(event("163", rus, irn))).isNotEqualTo(BlockKey.of(event("163", irn, rus)));
        Actor un = new Actor("the UN", "IGOUNO", null, null, List.of());
        assertThat(BlockKey.of(event("085", un, irn))).isEqualTo("08|IGOUNO|IRN");
    }

    private static Event event(String cameo, Actor s, Actor t) {
        return new Event("x", 0, null, s, t, cameo, null, 0, 1, null, "2021-10-18", "day", "text", null, "asserted",
                null, List.of(), null);
    }

    @Test
    void confidenceRewardsCertaintyCorroborationAndDiversity() {
        assertThat(Confidence.of(Certainty.ASSERTED, 1, 1)).isCloseTo(0.6, within(1e-9));
        assertThat(Confidence.of(Certainty.ASSERTED, 2, 2)).isCloseTo(0.84, within(1e-9));
        assertThat(Confidence.of(Certainty.ASSERTED, 2, 1)).isBetween(0.6, 0.84);
        assertThat(Confidence.of(Certainty.HEDGED, 1, 1)).isCloseTo(0.36, within(1e-9));
        assertThat(Confidence.of(Certainty.NEGATED, 50, 50)).isLessThanOrEqualTo(0.05);
        List<Report> samePublisherTwice = List.of(r("a", "d1", "Reuters", "2021-10-18", "text", null),
                r("b", "d2", "reuters ", "2021-10-18", "text", null));
        assertThat(Confidence.sources(samePublisherTwice)).isEqualTo(1);
        assertThat(Confidence.articles(samePublisherTwice)).isEqualTo(2);
    }

    @Test
    void aDenialNeverCorroboratesTheEventItDenies() {
        Report asserted = new Report("a", "d1", "P", Certainty.ASSERTED, DateWindow.of("2021-10-18", "text"), null, "030");
        Report negated = new Report("b", "d2", "Q", Certainty.NEGATED, DateWindow.of("2021-10-18", "text"), null, "030");
        Report reported = new Report("c", "d3", "R", Certainty.REPORTED, DateWindow.of("2021-10-18", "text"), null, "031");
        assertThat(ids(List.of(asserted, negated, reported))).containsExactlyInAnyOrder(List.of("a", "c"), List.of("b"));
    }

    @Test
    void oneArticleTellingTwoActsOfARootKeepsThemApart() {
        Report signing = new Report("a", "d1", "P", Certainty.ASSERTED, DateWindow.of("2021-10-26", "published"), null, "057");
        Report support = new Report("b", "d1", "P", Certainty.ASSERTED, DateWindow.of("2021-10-26", "published"), null, "051");
        Report again = new Report("c", "d1", "P", Certainty.ASSERTED, DateWindow.of("2021-10-26", "published"), null, "057");
        Report elsewhere = new Report("d", "d2", "Q", Certainty.ASSERTED, DateWindow.of("2021-10-26", "published"), null, "051");
        assertThat(ids(List.of(signing, support, again, elsewhere)))
                .containsExactlyInAnyOrder(List.of("a", "c"), List.of("b", "d"));
    }
}
