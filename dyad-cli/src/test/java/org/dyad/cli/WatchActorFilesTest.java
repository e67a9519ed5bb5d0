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
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.ActorRef;
import org.dyad.store.EventView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad watch --actors FILE} codes what it fetches with the user's own actor file, as extract does. */
class WatchActorFilesTest {
    private static final String STORY = "Zorblax Quimby sharply criticised Germany on Monday over its energy policy.";

    @TempDir
    Path tmp;
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aUsersOverridesCodeTheWatchedStories() throws IOException {
        Path sources = Files.writeString(tmp.resolve("sources.txt"), url("/feed.xml") + "\n");
        Path overrides = Files.writeString(tmp.resolve("mine.tsv"), "Zorblax Quimby\tFRAGOV\n");
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        assertThat(DyadCommand.execute("watch", "--once", "--sources", sources.toString(), "--db", with.toString(),
                "--host-delay", "0s", "--actors", overrides.toString())).isZero();
        assertThat(DyadCommand.execute("watch", "--once", "--sources", sources.toString(), "--db", without.toString(),
                "--host-delay", "0s")).isZero();
        assertThat(sourceCodes(with)).contains("FRAGOV");
        assertThat(sourceCodes(without)).doesNotContain("FRAGOV");
    }

    private static List<String> sourceCodes(Path db) {
        try (EventStore s = EventStore.open(db)) {
            return s.events(EventQuery.builder().size(50).build()).items().stream()
                    .map(EventView::source).filter(a -> a != null).map(ActorRef::code).toList();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void answer(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/feed.xml")) {
                HttpReplies.ok(ex, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Loopback</title><item><title>Story"
                        + "</title><link>" + url("/news/story") + "</link></item></channel></rss>");
            } else if (path.equals("/news/story")) {
                HttpReplies.ok(ex, "text/html", "<html><head><title>Story</title></head><body><article><p>" + STORY
                        + "</p></article></body></html>");
            } else {
                ex.sendResponseHeaders(404, -1);
            }
        }
    }
}
