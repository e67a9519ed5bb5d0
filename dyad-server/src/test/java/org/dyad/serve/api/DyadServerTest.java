package org.dyad.serve.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dyad.serve.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on an ephemeral loopback port. */
class DyadServerTest {
    @TempDir
    static Path dir;
    static ServedStore served;
    static final ObjectMapper JSON = ServedStore.JSON;

    @BeforeAll
    static void start() {
        served = ServedStore.start(dir, ApiFixtures.all());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return served.get(pathAndQuery);
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        return served.ok(pathAndQuery);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsEventsBetweenRussiaAndIranWithMentionCounts() throws Exception {
        JsonNode page = ok("/api/events?actor=RUS&target=IRN&from=2021-10&to=2021-10&sort=-confidence");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode e = page.get("items").get(0);
        assertThat(e.get("num_articles").asInt()).isEqualTo(2);
        assertThat(e.get("num_sources").asInt()).isEqualTo(2);
        assertThat(e.get("cameo_name").asText()).isEqualTo("Engage in diplomatic cooperation");
        assertThat(e.get("source").get("code").asText()).isEqualTo("RUSMIL");
        assertThat(e.get("place").get("lat").asDouble()).isEqualTo(55.7558);
        assertThat(e.get("plover").get("event").asText()).isEqualTo("AGREE");
        assertThat(e.get("date").asText()).isEqualTo("2021-10-18");
        assertThat(e.has("sentence_text") && e.has("doc_id") && e.has("title")).isTrue();

        JsonNode one = ok("/api/events/" + e.get("id").asText());
        assertThat(one.get("id").asText()).isEqualTo(e.get("id").asText());
        assertThat(one.get("mentions")).hasSize(2);
        assertThat(one.get("mentions").get(0).get("sentence_html").asText()).contains("<mark class=\"trigger\">signed</mark>");
    }

    @Test
    void seriesNetworkActorsPlacesStatsDocuments() throws Exception {
        JsonNode s = ok("/api/dyads/series?a=RUS&b=IRN&interval=month");
        assertThat(s.get("points").get(0).get("period").asText()).isEqualTo("2021-10");
        assertThat(s.get("points").get(0).get("verbal_coop").asInt()).isEqualTo(1);
        JsonNode n = ok("/api/network?from=2021&to=2021");
        assertThat(n.get("edges")).hasSize(2);
        assertThat(n.get("edges").get(0).has("weight")).isTrue();
        assertThat(ok("/api/actors?q=rus").get("items").get(0).get("code").asText()).startsWith("RUS");
        assertThat(ok("/api/places").get("items").get(0).get("name").asText()).isEqualTo("Moscow");
        assertThat(ok("/api/stats").get("documents").asInt()).isEqualTo(3);
        JsonNode docs = ok("/api/documents?page=1");
        assertThat(docs.get("total").asInt()).isEqualTo(3);
        String docId = docs.get("items").get(0).get("id").asText();
        JsonNode doc = ok("/api/documents/" + docId);
        assertThat(doc.get("body").asText()).isNotEmpty();
        assertThat(doc.get("events").get(0).has("date_precision")).isTrue();
        assertThat(doc.get("grouped_events")).hasSize(1);
    }

    @Test
    void hostileDocumentIsEscapedWhereverHtmlIsProduced() throws Exception {
        JsonNode page = ok("/api/events?actor=TUR");
        JsonNode e = page.get("items").get(0);
        assertThat(e.get("title").asText()).isEqualTo("<script>alert(1)</script>");
        String html = ok("/api/events/" + e.get("id").asText()).get("mentions").get(0).get("sentence_html").asText();
        assertThat(html).startsWith("&lt;img src=x onerror=alert(3)&gt;").contains("Qatar</mark> &amp; friends")
                .doesNotContain("<img").doesNotContain("<script");
        JsonNode hits = ok("/api/search?q=" + enc("Turkey"));
        assertThat(hits.get("total").asInt()).isPositive();
        for (JsonNode h : hits.get("hits")) {
            assertThat(h.get("snippet_html").asText()).doesNotContain("<img").doesNotContain("<script");
        }
        JsonNode byTitle = ok("/api/search?q=script");
        assertThat(byTitle.get("hits").get(0).get("snippet_html").asText()).doesNotContain("<script");
    }

    @Test
    void actorRepeatsAndBothAsksForEventsBetweenThem() throws Exception {
        int iran = ok("/api/events?actor=IRN").get("total").asInt();
        int turkey = ok("/api/events?actor=TUR").get("total").asInt();
        assertThat(iran).isPositive();
        assertThat(turkey).isPositive();
        assertThat(ok("/api/events?actor=IRN&actor=TUR").get("total").asInt()).isEqualTo(iran + turkey);
        assertThat(ok("/api/events?actor=IRN&actor=TUR&both=true").get("total").asInt()).isZero();
        assertThat(ok("/api/events?actor=QAT&actor=TUR&both=true").get("total").asInt()).isEqualTo(turkey);
        assertThat(ok("/api/events?actor=IRN&actor=RUS&both=false").get("total").asInt()).isEqualTo(iran);
        assertThat(get("/api/events?actor=IRN&both=true").body()).contains("two or more actor");
        assertThat(get("/api/events?actor=IRN&actor=RUS&both=yes").statusCode()).isEqualTo(400);
        assertThat(get("/api/events?actor=IRN&actor=" + enc("RUS' OR 1=1 --")).statusCode()).isEqualTo(400);
    }

    @Test
    void injectionLookingParametersAreDataNotSql() throws Exception {
        assertThat(get("/api/events?actor=" + enc("RUS' OR 1=1 --")).statusCode()).isEqualTo(400);
        assertThat(get("/api/events?sort=" + enc("date; DROP TABLE events")).statusCode()).isEqualTo(400);
        assertThat(ok("/api/events?q=" + enc("' OR 1=1; DROP TABLE events; --")).get("total").asInt()).isZero();
        assertThat(ok("/api/actors?q=" + enc("%' OR '1'='1")).get("items")).isEmpty();
        assertThat(get("/api/events/" + enc("x' OR '1'='1")).statusCode()).isEqualTo(404);
        assertThat(ok("/api/events").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void badParametersGetA400WithAClearMessage() throws Exception {
        String[][] cases = {
            {"/api/events?size=501", "size must be between 1 and 500"},
            {"/api/events?page=0", "page must be between 1"},
            {"/api/events?page=two", "page must be a whole number"},
            {"/api/events?from=2021-13-01", "from is not a real date"},
            {"/api/events?from=yesterday", "from must be a date"},
            {"/api/events?from=2022-01-01&to=2021-01-01", "is after to"},
            {"/api/events?certainty=sure", "certainty must be one of asserted"},
            {"/api/events?root=5", "root has an unexpected form"},
            {"/api/events?sort=price", "sort must be one of"},
            {"/api/dyads/series?a=RUS", "b is required"},
            {"/api/dyads/series?a=RUS&b=IRN&interval=week", "interval must be day or month"},
            {"/api/search", "q is required"},
            {"/api/export?format=xml", "format must be one of"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(c[0]).contains(c[1]);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        HttpResponse<String> missing = get("/api/documents/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("no document with id nope");
        assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void exportsAreAttachments() throws Exception {
        HttpResponse<String> r = get("/api/export?format=gdelt");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-disposition").orElse("")).startsWith("attachment;");
        assertThat(r.body().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(get("/api/export?format=jsonl").body().lines().count()).isEqualTo(3);
        assertThat(get("/api/export?format=csv").body().lines().count()).isEqualTo(3);
    }

    @Test
    void bindsLoopbackByDefault() {
        assertThat(ServerOptions.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(ServerOptions.defaults().port()).isEqualTo(7070);
    }
}
