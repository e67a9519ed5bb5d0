package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dyad.store.DocumentSummary;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.EventView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code dyad watch} in the middle of a round (a child JVM, killed once it has stored some
 * articles and is waiting on a slow page), then {@code dyad watch --once}: the store holds what a
 * clean run stores, nothing lost, nothing twice.
 */
class WatchCrashTest {
    private static final List<String> STORIES = List.of(
            "Russia signed an arms contract with Iran on Monday. The deal covers air defence systems, officials said.",
            "The French president met the German chancellor in Berlin on Tuesday. They discussed energy prices.",
            "Japan promised humanitarian aid to the Philippines after the typhoon, the foreign ministry said.",
            "Police in Chile arrested dozens of protesters in Santiago on Thursday, local media reported.",
            "Germany expelled two Russian diplomats on Friday, accusing them of spying on exiled dissidents.");

    @TempDir
    Path tmp;
    private HttpServer server;
    /** While closed, the fourth article's page hangs: the watcher is caught mid-round. */
    private volatile CountDownLatch hold = new CountDownLatch(1);

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        hold.countDown();
        server.stop(0);
    }

    @Test
    void killedMidRoundThenRestartedStoresWhatACleanRunStores() throws Exception {
        Path sources = Files.writeString(tmp.resolve("sources.txt"), "# loopback feed\n" + url("/feed.xml") + "\n");
        Path crashed = tmp.resolve("crashed");
        Process first = watch(sources, crashed, false);
        Path state = crashed.resolve("watch").resolve("state.jsonl");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (seenRecords(state) < 2 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(first.isAlive()).as("the watcher is still in its round").isTrue();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no store close
        first.waitFor();
        long storedBeforeKill = seenRecords(state);
        hold.countDown();

        Process restart = watch(sources, crashed, true);
        assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(restart.exitValue()).isZero();

        Path clean = tmp.resolve("clean");
        assertThat(DyadCommand.execute("watch", "--once", "--sources", sources.toString(), "--db", clean.toString(),
                "--host-delay", "0s")).isZero();

        assertThat(storedBeforeKill).isBetween(2L, 4L);
        Snapshot after = snapshot(crashed);
        Snapshot reference = snapshot(clean);
        assertThat(after.documents()).hasSize(STORIES.size()).isEqualTo(reference.documents());
        assertThat(after.events()).isNotEmpty().isEqualTo(reference.events());
        assertThat(Files.readAllLines(state).stream().filter(l -> l.contains("\"seen\"")).distinct().count())
                .isEqualTo(Files.readAllLines(state).stream().filter(l -> l.contains("\"seen\"")).count());
    }

    private record Snapshot(List<String> documents, List<EventView> events) {
    }

    private static Snapshot snapshot(Path db) {
        try (EventStore s = EventStore.open(db)) {
            List<String> ids = s.documents(1, 100).items().stream().map(DocumentSummary::id).sorted().toList();
            return new Snapshot(ids, s.events(EventQuery.builder().size(500).sort("date").build()).items());
        }
    }

    private static long seenRecords(Path state) throws IOException {
        return Files.exists(state) ? Files.readAllLines(state).stream().filter(l -> l.contains("\"seen\"")).count() : 0;
    }

    private Process watch(Path sources, Path db, boolean once) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                DyadCommand.class.getName(), "watch", "--sources", sources.toString(), "--db", db.toString(),
                "--host-delay", "0s", "--every", "1h"));
        if (once) {
            cmd.add("--once");
        } else {
            // The held page must not time out before the kill. Every page gets its own slot on the
            // host: with one slot, which of pages 1-3 takes it first is up to thread scheduling, and
            // the held page could queue the earlier ones behind it (then only one story is stored).
            cmd.addAll(List.of("--timeout", "300s", "--per-host", "8", "--fetch-threads", "8"));
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(db.getFileName() + (once ? "-once" : "") + ".log").toFile()).start();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try (ex) {
            if (path.equals("/feed.xml")) {
                StringBuilder items = new StringBuilder();
                for (int i = 0; i < STORIES.size(); i++) {
                    items.append("<item><title>Story ").append(i).append("</title><link>").append(url("/news/story-number-" + i))
                            .append("</link></item>");
                }
                HttpReplies.ok(ex, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Loopback</title>" + items + "</channel></rss>");
            } else if (path.startsWith("/news/story-number-")) {
                int i = Integer.parseInt(path.substring("/news/story-number-".length()));
                if (i == 3) {
                    hold.await(5, TimeUnit.MINUTES);
                }
                HttpReplies.ok(ex, "text/html", "<html><head><title>Story " + i + "</title></head><body><article><p>"
                        + STORIES.get(i) + "</p></article></body></html>");
            } else {
                ex.sendResponseHeaders(404, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the killed watcher hung up
        }
    }
}
