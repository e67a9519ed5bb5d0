package org.dyad.serve.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/documents over real HTTP, with the real pipeline behind it. */
class PushApiTest {
    private static final String TOKEN = "s3cret-token";
    private static final String ARMS = "Russia signed an arms contract with Iran on Monday. The deal covers air "
            + "defence systems and fighter jets, officials in Moscow said.";

    @TempDir
    static Path dir;
    static EventStore store;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = EventStore.open(dir);
        Pipeline pipeline = new PipelineBuilder().build();
        DocumentPush push = raw -> {
            var doc = pipeline.process(raw);
            return new DocumentPush.Result(doc, store.ingest(doc) == IngestResult.ADDED);
        };
        app = DyadServer.start(store, ServerOptions.defaults().withPort(0).withMount(PushApi.mount(push, TOKEN, 4096)));
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    static HttpResponse<String> post(String query, String type, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/documents" + query))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutTheTokenThe401TellsWhatIsMissingAndNothingIsStored() throws Exception {
        long before = store.stats().documents();
        HttpResponse<String> none = post("", "application/json", "{\"text\": \"" + ARMS + "\"}", null);
        HttpResponse<String> wrong = post("", "application/json", "{\"text\": \"" + ARMS + "\"}", "guess");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("token");
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(store.stats().documents()).isEqualTo(before);
    }

    @Test
    void jsonDocumentIsExtractedStoredAndReturnedCoded() throws Exception {
        HttpResponse<String> first = post("", "application/json",
                "{\"text\": \"" + ARMS + "\", \"url\": \"https://example.org/arms\", \"published\": \"2021-10-25\"}", TOKEN);
        HttpResponse<String> again = post("", "application/json", "{\"text\": \"" + ARMS + "\"}", TOKEN);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode doc = new ObjectMapper().readTree(first.body());
        assertThat(doc.get("url").asText()).isEqualTo("https://example.org/arms");
        assertThat(doc.get("events")).anySatisfy(e -> {
            assertThat(e.get("source").get("code").asText()).startsWith("RUS");
            assertThat(e.get("target").get("code").asText()).startsWith("IRN");
        });
        assertThat(store.document(doc.get("id").asText())).isPresent();
        assertThat(again.statusCode()).as("already stored").isEqualTo(200);
    }

    @Test
    void rawHtmlWithUrlInTheQueryIsAccepted() throws Exception {
        HttpResponse<String> r = post("?url=https%3A%2F%2Fexample.org%2Fsummit", "text/html; charset=utf-8",
                "<html><body><article><p>The French president met the German chancellor in Berlin on Tuesday. "
                        + "The two leaders discussed energy prices.</p></article></body></html>", TOKEN);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(new ObjectMapper().readTree(r.body()).get("url").asText()).isEqualTo("https://example.org/summit");
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> r = post("", "text/plain", "word ".repeat(2000), TOKEN);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void jsonWithoutTextIs400AndUnusableTextIs422() throws Exception {
        assertThat(post("", "application/json", "{\"title\": \"no text\"}", TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("", "application/json", "{not json", TOKEN).statusCode()).isEqualTo(400);
        HttpResponse<String> empty = post("", "application/json",
                "{\"html\": \"<html><body><script>var x = 1;</script></body></html>\"}", TOKEN);
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
        assertThat(empty.body()).contains("not stored");
    }
}
