package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;
import org.dyad.model.Event;
import org.dyad.store.bench.ArticleBuilder;
import org.dyad.store.export.Exporter;
import org.dyad.store.export.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts, curves and exports follow a certainty filter: by default a denial ("Russia did not sign")
 * and a hypothetical never count as acts, and an intention dated after its article stays out of curves.
 */
class CertaintyAggregatesTest {
    private static final ArticleBuilder.Code SIGN = Articles.SIGN;
    private static final CertaintyFilter EVERY = CertaintyFilter.parse(
            "asserted,reported,hedged,intended,negated,hypothetical", null);

    @TempDir
    Path dir;
    EventStore store;

    @BeforeEach
    void open() {
        store = EventStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The two-paragraph text as the pipeline codes it with --date 2021-10-26. */
    private static Document signedAndDenied() {
        ArticleBuilder b = new ArticleBuilder(null, null, "2021-10-26", null);
        b.sentence("Russia signed a military cooperation agreement with Iran on Monday.");
        b.event("signed", b.actor("Russia", "RUS", "RUS", null, "COUNTRY"), b.actor("Iran", "IRN", "IRN", null, "COUNTRY"),
                SIGN, "2021-10-25", "day", "text", null, "asserted", null);
        b.sentence("Russia did not sign a trade agreement with Iran on Tuesday.", true);
        b.event("sign", b.actor("Russia", "RUS", "RUS", null, "COUNTRY"), b.actor("Iran", "IRN", "IRN", null, "COUNTRY"),
                SIGN, "2021-10-26", "day", "text", null, "negated", null);
        return b.build();
    }

    /** A hedged report, an intention for next year and a hypothetical, all between Russia and Iran. */
    private static Document maybes() {
        ArticleBuilder b = new ArticleBuilder("Talk of more deals", "Wire", "2021-11-02", "https://wire.example/1");
        b.sentence("Russia may have offered Iran air-defence training last week, a source said.");
        Actor russia = b.actor("Russia", "RUS", "RUS", null, "COUNTRY");
        Actor iran = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        b.event("offered", russia, iran, Articles.MILITARY_AID, "2021-10", "month", "text", null, "hedged",
                new Event.Attribution("a source", null));
        b.sentence("Russia will deliver jets to Iran in 2023.", true);
        b.event("deliver", b.actor("Russia", "RUS", "RUS", null, "COUNTRY"), b.actor("Iran", "IRN", "IRN", null, "COUNTRY"),
                Articles.MILITARY_AID, "2023", "year", "text", null, "intended", null);
        b.sentence("If Iran paid, Russia would sanction nobody in November.", true);
        b.event("sanction", b.actor("Russia", "RUS", "RUS", null, "COUNTRY"), b.actor("Iran", "IRN", "IRN", null, "COUNTRY"),
                Articles.SANCTION, "2021-11", "month", "text", null, "hypothetical", null);
        return b.build();
    }

    private long total(DyadSeries s) {
        return s.points().stream().mapToLong(DyadSeries.Point::count).sum();
    }

    private String export(Format f, CertaintyFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (filter == null) {
            Exporter.export(store, f, out);
        } else {
            Exporter.export(store, f, filter, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDenialIsNotCountedUnlessAskedFor() {
        store.ingest(signedAndDenied());
        DyadSeries acts = store.series("RUS", "IRN", DyadSeries.Interval.MONTH, null, null);
        assertThat(total(acts)).isEqualTo(1);
        assertThat(acts.notCounted().certainty()).containsExactly("asserted", "reported");
        assertThat(acts.notCounted().excluded()).isEqualTo(Map.of("negated", 1L));
        assertThat(total(store.series("RUS", "IRN", DyadSeries.Interval.DAY, null, null, EVERY))).isEqualTo(2);

        assertThat(export(Format.GDELT, null).lines()).hasSize(1).allMatch(l -> l.contains("\t057\t"));
        assertThat(export(Format.GDELT, CertaintyFilter.ALL).lines()).hasSize(2);
        assertThat(store.network(null, null, 1).edges()).singleElement().extracting(Network.Edge::count).isEqualTo(1L);
        assertThat(store.network(null, null, 1, EVERY).edges().get(0).count()).isEqualTo(2);
        assertThat(store.actors("RUS", 5)).singleElement().extracting(ActorCount::count).isEqualTo(1L);
        assertThat(store.actors("RUS", 5, CertaintyFilter.ALL).get(0).count()).isEqualTo(2);
        StoreStats stats = store.stats();
        assertThat(stats.events()).isEqualTo(2);
        assertThat(stats.countedEvents()).isEqualTo(1);
        assertThat(stats.lastDate()).isEqualTo("2021-10-25");
    }

    @Test
    void hedgedAndIntendedAreDrawnApartAndTheFutureIsLeftOut() {
        store.ingestAll(List.of(signedAndDenied(), maybes()));
        DyadSeries s = store.series("RUS", "IRN", DyadSeries.Interval.MONTH, null, null);
        assertThat(s.points()).extracting(DyadSeries.Point::period).containsExactly("2021-10");
        assertThat(s.points().get(0).count()).isEqualTo(1);
        assertThat(s.points().get(0).apart()).isEqualTo(1);
        assertThat(s.notCounted().excluded()).isEqualTo(Map.of("hedged", 1L, "hypothetical", 1L, "negated", 1L));
        assertThat(s.notCounted().afterArticle()).isEqualTo(1);

        DyadSeries withIntentions = store.series("RUS", "IRN", DyadSeries.Interval.MONTH, null, null,
                CertaintyFilter.parse("asserted,reported,intended", null));
        assertThat(withIntentions.points()).extracting(DyadSeries.Point::period).doesNotContain("2023-01");
        assertThat(withIntentions.notCounted().afterArticle()).isEqualTo(1);
    }

    @Test
    void exportsCarryCertaintyAndAttributionAndFollowTheFilter() {
        store.ingestAll(List.of(signedAndDenied(), maybes()));
        List<String> csv = export(Format.CSV, null).lines().toList();
        assertThat(csv.get(0)).contains("date_source", "certainty", "attributed_text", "attributed_code");
        assertThat(csv).hasSize(1 + 5);
        assertThat(csv).anyMatch(l -> l.contains("hedged") && l.contains("a source"));
        assertThat(export(Format.CSV, CertaintyFilter.ACTS).lines()).hasSize(1 + 1);
        assertThat(export(Format.GDELT, null).lines()).hasSize(3);

        List<Document> docs = export(Format.JSONL, CertaintyFilter.ACTS).lines().map(DocumentJson::read).toList();
        assertThat(docs).flatExtracting(Document::events).extracting(Event::certainty).containsExactly("asserted");
        assertThat(export(Format.JSONL, null).lines().map(DocumentJson::read).toList())
                .flatExtracting(Document::events).hasSize(5);
    }

    @Test
    void aFilterNamesWhatItAccepts() {
        assertThat(CertaintyFilter.parse(null, CertaintyFilter.ACTS)).isEqualTo(CertaintyFilter.ACTS);
        assertThat(CertaintyFilter.parse(" Reported , asserted", null)).isEqualTo(CertaintyFilter.ACTS);
        assertThat(CertaintyFilter.parse("all", null).isAll()).isTrue();
        assertThat(Exporter.defaultFilter(Format.GDELT).excludedLabels()).containsExactly("hypothetical", "negated");
        assertThatThrownBy(() -> CertaintyFilter.parse("asserted,sure", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sure'");
    }
}
