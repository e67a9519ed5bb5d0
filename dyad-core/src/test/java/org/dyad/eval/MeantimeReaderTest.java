package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.model.Entity;
import org.junit.jupiter.api.Test;

/** A MEANTIME-shaped article written for this test: title, dateline sentence, one body sentence. */
class MeantimeReaderTest {
    private static final String XML = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Test" lang="en">
            <token number="0" sentence="0" t_id="1">Talks</token>
            <token number="1" sentence="0" t_id="2">resume</token>
            <token number="2" sentence="1" t_id="3">March</token>
            <token number="3" sentence="1" t_id="4">2</token>
            <token number="4" sentence="1" t_id="5">,</token>
            <token number="5" sentence="1" t_id="6">2010</token>
            <token number="6" sentence="2" t_id="7">Envoys</token>
            <token number="7" sentence="2" t_id="8">met</token>
            <token number="8" sentence="2" t_id="9">on</token>
            <token number="9" sentence="2" t_id="10">Monday</token>
            <token number="10" sentence="2" t_id="11">for</token>
            <token number="11" sentence="2" t_id="12">three</token>
            <token number="12" sentence="2" t_id="13">hours</token>
            <token number="13" sentence="2" t_id="14">.</token>
            <Markables>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-03-02">
            <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
            </TIMEX3>
            <TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2010-03-01"><token_anchor t_id="10"/></TIMEX3>
            <TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="PT3H">
            <token_anchor t_id="12"/><token_anchor t_id="13"/></TIMEX3>
            </Markables></Document>
            """;

    private static MeantimeDocument doc() throws Exception {
        return MeantimeReader.read("1_Test", new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rebuildsTheTextWithoutTheDatelineAndPlacesEachTimex() throws Exception {
        MeantimeDocument d = doc();
        assertThat(d.creationTime()).isEqualTo("2010-03-02");
        assertThat(d.text()).isEqualTo("Talks resume\n\nEnvoys met on Monday for three hours.");
        assertThat(d.timexes()).extracting(t -> d.text().substring(t.start(), t.end()) + "=" + t.value())
                .containsExactly("Monday=2010-03-01", "three hours=PT3H");
    }

    @Test
    void scoresAValueOnlyWhenAnOverlappingExpressionHasIt() throws Exception {
        MeantimeDocument d = doc();
        int monday = d.text().indexOf("Monday");
        int hours = d.text().indexOf("three hours");
        TimexScorer scorer = new TimexScorer();
        List<TimexScorer.Miss> misses = scorer.add(d, List.of(
                new Entity("Monday", "DATE", monday, monday + 6, "2010-03-01", null, null),
                new Entity("three hours", "DURATION", hours, hours + 11, "PT2H", null, null)));
        assertThat(scorer.accuracy()).isEqualTo(0.5);
        assertThat(misses).singleElement().extracting(TimexScorer.Miss::gold).isEqualTo("PT3H");
        assertThat(scorer.render()).contains("DURATION").contains("0.500");
    }

    @Test
    void valuesWrittenDifferentlyButMeaningTheSameAreEqual() {
        assertThat(TimexScorer.same("2009-12-15T18:00Z", "2009-12-15T18:00+0000")).isTrue();
        assertThat(TimexScorer.same("197", "197X")).isTrue();
        assertThat(TimexScorer.same("2009-12-15T18:00Z", "2009-12-16T18:00+0000")).isFalse();
        assertThat(TimexScorer.same("1970", "197X")).isFalse();
        assertThat(TimexScorer.same("P1D", null)).isFalse();
    }
}
