package org.dyad.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;
import org.dyad.model.Event;

/**
 * Saved queries checked against every newly stored document. Each match is appended as one JSON
 * line to the alerts file (once: a match already in the file, found by its key, is not written
 * again after a restart) and, when a webhook is set, POSTed there from a background thread with
 * retries, so a slow or dead webhook never holds the watch loop.
 */
public final class Alerts implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Alerts.class.getName());
    private static final ObjectMapper JSON = DocumentJson.mapper();
    private static final int WEBHOOK_TRIES = 4;
    /** Posts waiting beyond this are dropped with a warning rather than piling up in memory. */
    private static final int MAX_PENDING = 1000;

    private final List<AlertQuery> queries;
    private final Path file;
    private final URI webhook;
    private final Set<String> written = new HashSet<>();
    private final HttpClient http;
    private final ScheduledExecutorService poster;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger delivered = new AtomicInteger();

    public Alerts(List<AlertQuery> queries, Path file, URI webhook) {
        this.queries = List.copyOf(queries);
        this.file = file;
        this.webhook = webhook;
        if (file != null && Files.exists(file)) {
            loadKeys();
        }
        this.http = webhook == null ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.poster = webhook == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dyad-webhook");
            t.setDaemon(true);
            return t;
        });
    }

    public static Alerts none() {
        return new Alerts(List.of(), null, null);
    }

    public boolean active() {
        return !queries.isEmpty() && (file != null || webhook != null);
    }

    /** Writes (and posts) every match in {@code doc}; returns how many new alerts were raised. */
    public synchronized int check(Document doc) {
        if (!active()) {
            return 0;
        }
        int raised = 0;
        for (int i = 0; i < doc.events().size(); i++) {
            Event e = doc.events().get(i);
            if (e.cameo() == null) {
                continue;
            }
            for (AlertQuery q : queries) {
                String key = doc.id() + "#" + i + "|" + q.text();
                if (q.matches(e) && written.add(key)) {
                    String line = record(key, q, doc, e);
                    if (file != null) {
                        append(line);
                    }
                    post(line, 1);
                    raised++;
                }
            }
        }
        return raised;
    }

    private static String record(String key, AlertQuery q, Document doc, Event e) {
        ObjectNode r = JSON.createObjectNode().put("alert", q.text()).put("key", key).put("doc_id", doc.id())
                .put("url", doc.url()).put("title", doc.title()).put("published", doc.published());
        r.set("event", JSON.valueToTree(e));
        if (e.sentence() >= 0 && e.sentence() < doc.sentences().size()) {
            var s = doc.sentences().get(e.sentence());
            r.put("sentence", doc.body().substring(s.start(), s.end()));
        }
        return r.toString();
    }

    private void append(String line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                LineLog.append(out, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write alerts to " + file, e);
        }
    }

    private void post(String body, int attempt) {
        if (webhook == null) {
            return;
        }
        if (attempt == 1 && pending.incrementAndGet() > MAX_PENDING) {
            pending.decrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "webhook backlog over " + MAX_PENDING + ": alert dropped (it is in the file)");
            return;
        }
        long delay = attempt == 1 ? 0 : 1L << (attempt - 1);
        poster.schedule(() -> send(body, attempt), delay, TimeUnit.SECONDS);
    }

    private void send(String body, int attempt) {
        HttpRequest req = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status;
        try {
            status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (status >= 200 && status < 300) {
            pending.decrementAndGet();
            delivered.incrementAndGet();
        } else if (attempt < WEBHOOK_TRIES && status != 400 && status != 401 && status != 403 && status != 404) {
            post(body, attempt + 1);
        } else {
            pending.decrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "webhook " + webhook + " refused an alert (status " + status
                    + ", " + attempt + " tries); it is in the file");
        }
    }

    /** Webhook posts not yet delivered or given up (for tests and the shutdown message). */
    public int pendingPosts() {
        return pending.get();
    }

    public int deliveredPosts() {
        return delivered.get();
    }

    private void loadKeys() {
        try {
            cutTornTail(file);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    JsonNode r = JSON.readTree(line);
                    if (r != null && r.hasNonNull("key")) {
                        written.add(r.get("key").asText());
                    }
                } catch (IOException e) {
                    // a torn last line from a crash: its alert is raised again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alerts file " + file, e);
        }
    }

    /** A line cut by a kill -9 would glue itself to the next alert: drop it (its alert is raised again). */
    private static void cutTornTail(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            LineLog.cutTornTail(ch);
        }
    }

    /** Waits up to 10 s for webhook posts in flight, then stops the poster. */
    @Override
    public void close() {
        if (poster == null) {
            return;
        }
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pending.get() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        poster.shutdownNow();
    }
}
