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
import java.util.List;
import org.dyad.model.Document;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.store.EventStore;

/** Test fixture: a store holding some documents, served by DyadServer on an ephemeral loopback port. */
final class ServedStore implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final EventStore store;
    private final Javalin app;

    private ServedStore(EventStore store, Javalin app) {
        this.store = store;
        this.app = app;
    }

    static ServedStore start(Path dir, List<Document> documents) {
        EventStore store = EventStore.open(dir);
        store.ingestAll(documents);
        return new ServedStore(store, DyadServer.create(store, ServerOptions.defaults()).start("127.0.0.1", 0));
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON body of a request that must answer 200 with JSON. */
    JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
