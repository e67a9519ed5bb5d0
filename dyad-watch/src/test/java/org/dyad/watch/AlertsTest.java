package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matches go to the file once, and to a webhook that is retried in the background without holding the caller. */
class AlertsTest {
    private static final String BODY = "Russia signed an arms contract with Iran. Officials confirmed it.";

    @TempDir
    Path dir;

    private static Document document() {
        Event e = new Event("e1", 0, new Event.Trigger("signed", 7, 13), new Actor("Russia", "RUS", "RUS", null, List.of()),
                new Actor("Iran", "IRN", "IRN", null, List.of()), "057", "05", 8.0, 1, new Event.Plover("AGREE", null),
                null, null, null, null, "asserted", null, List.of(), null);
        return new Document("doc1", "https://example.org/a", "Arms", null, null, null, "en", BODY,
                List.of(new SentenceSpan(0, 41), new SentenceSpan(42, BODY.length())), List.of(), List.of(e), List.of(), "t");
    }

    @Test
    void aMatchIsWrittenOnceEvenAfterARestart() throws IOException {
        Path file = dir.resolve("alerts.jsonl");
        List<AlertQuery> queries = List.of(AlertQuery.parse("actor=RUS&actor=IRN&both=true"), AlertQuery.parse("actor=USA"));
        try (Alerts a = new Alerts(queries, file, null)) {
            assertThat(a.check(document())).isEqualTo(1);
            assertThat(a.check(document())).isZero();
        }
        try (Alerts again = new Alerts(queries, file, null)) {
            assertThat(again.check(document())).isZero();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        var alert = new ObjectMapper().readTree(lines.get(0));
        assertThat(alert.get("alert").asText()).isEqualTo("actor=RUS&actor=IRN&both=true");
        assertThat(alert.get("sentence").asText()).isEqualTo("Russia signed an arms contract with Iran.");
        assertThat(alert.get("event").get("cameo").asText()).isEqualTo("057");
    }

    @Test
    void webhookIsRetriedAfterAFailureAndGetsTheAlert() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch delivered = new CountDownLatch(1);
        StringBuilder received = new StringBuilder();
        try (LoopbackSite hook = new LoopbackSite()) {
            hook.on("/hook", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (calls.incrementAndGet() == 1) {
                    LoopbackSite.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
                } else {
                    received.append(body);
                    LoopbackSite.send(ex, 204, null, new byte[0]);
                    delivered.countDown();
                }
            });
            Alerts a = new Alerts(List.of(AlertQuery.parse("actor=RUS")), null, hook.url("/hook"));
            assertThat(a.check(document())).as("returns before the webhook answers").isEqualTo(1);
            assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
            a.close(); // waits for the post in flight to be counted
            assertThat(a.deliveredPosts()).isEqualTo(1);
            assertThat(a.pendingPosts()).isZero();
        }
        assertThat(calls.get()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(received.toString()).get("doc_id").asText()).isEqualTo("doc1");
    }
}
