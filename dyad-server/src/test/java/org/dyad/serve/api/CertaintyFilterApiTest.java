package org.dyad.serve.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Document;
import org.dyad.store.bench.ArticleBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** certainty= over HTTP: a denial is no act in the series, network, actors, stats or GDELT export unless asked. */
class CertaintyFilterApiTest {
    private static final String EVERY = "asserted,reported,hedged,intended,negated,hypothetical";
    @TempDir
    static Path dir;
    static ServedStore served;

    @BeforeAll
    static void start() {
        served = ServedStore.start(dir, List.of(signedAndDenied()));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** "Russia signed … on Monday." and "Russia did not sign … on Tuesday.", as coded with --date 2021-10-26. */
    static Document signedAndDenied() {
        ArticleBuilder b = new ArticleBuilder(null, null, "2021-10-26", null);
        b.sentence("Russia signed a military cooperation agreement with Iran on Monday.");
        b.event("signed", b.actor("Russia", "RUS", "RUS", null, "COUNTRY"), b.actor("Iran", "IRN", "IRN", null, "COUNTRY"),
                ApiFixtures.SIGN, "2021-10-25", "day", "text", null, "asserted", null);
        b.sentence("Russia did not sign a trade agreement with Iran on Tuesday.", true);
        b.event("sign", b.actor("Russia", "RUS", "RUS", null, "COUNTRY"), b.actor("Iran", "IRN", "IRN", null, "COUNTRY"),
                ApiFixtures.SIGN, "2021-10-26", "day", "text", null, "negated", null);
        return b.build();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return served.get(pathAndQuery);
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        return served.ok(pathAndQuery);
    }

    private static long count(JsonNode series) {
        long n = 0;
        for (JsonNode p : series.get("points")) {
            n += p.get("count").asLong();
        }
        return n;
    }

    @Test
    void seriesCountsTheSigningAndNotTheDenial() throws Exception {
        JsonNode acts = ok("/api/dyads/series?a=RUS&b=IRN");
        assertThat(count(acts)).isEqualTo(1);
        assertThat(acts.get("not_counted").get("excluded").get("negated").asLong()).isEqualTo(1);
        assertThat(count(ok("/api/dyads/series?a=RUS&b=IRN&certainty=" + EVERY))).isEqualTo(2);
        assertThat(count(ok("/api/dyads/series?a=RUS&b=IRN&certainty=negated"))).isEqualTo(1);
    }

    @Test
    void networkActorsAndStatsFollowTheFilter() throws Exception {
        assertThat(ok("/api/network").get("edges").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(ok("/api/network?certainty=all").get("edges").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(ok("/api/actors?q=RUS").get("items").get(0).get("count").asLong()).isEqualTo(1);
        JsonNode stats = ok("/api/stats");
        assertThat(stats.get("events").asLong()).isEqualTo(2);
        assertThat(stats.get("counted_events").asLong()).isEqualTo(1);
        assertThat(ok("/api/stats?certainty=all").get("counted_events").asLong()).isEqualTo(2);
    }

    @Test
    void gdeltExportLeavesTheDenialOutUnlessAsked() throws Exception {
        HttpResponse<String> plain = get("/api/export?format=gdelt");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body().lines()).hasSize(1);
        assertThat(get("/api/export?format=gdelt&certainty=all").body().lines()).hasSize(2);
        assertThat(get("/api/export?format=csv&certainty=negated").body().lines()).hasSize(2)
                .first().asString().contains("attributed_text");
    }

    @Test
    void anUnknownCertaintyIsABadRequest() throws Exception {
        HttpResponse<String> r = get("/api/dyads/series?a=RUS&b=IRN&certainty=sure");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("certainty must be");
    }
}
