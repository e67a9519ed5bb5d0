package org.dyad.serve.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.clean.SkipException;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.ExtractRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;
import org.dyad.pipeline.RunReport;
import org.dyad.read.ReadOptions;
import org.dyad.read.SourceReader;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code dyad serve}: the seed article ({@code ../shared/seed}) read and extracted by the
 * real pipeline (as {@code dyad ingest} would), plus one hostile document, in a fresh
 * {@link EventStore} in a temporary folder, served with the web page on a free loopback port.
 */
final class RealSite implements TestSite {

    /** The seed article: development data, not shipped with Dyad (its publisher gave no licence). */
    static final Path EXAMPLE = Path.of(System.getProperty("dyad.shared", "../shared"), "seed",
            "russia-iran-2021-10-26.txt");
    static final String HOSTILE_TITLE = "<script>window.__xss=1</script>";
    static final String HOSTILE_BODY = "<img src=x onerror=\"window.__xss=2\"> France condemned Germany on Tuesday. "
            + "<script>window.__xss=3</script> Paris said it would not accept the decision.";

    /** CoreNLP takes seconds and a gigabyte to load: one pipeline per test JVM. */
    private static Pipeline pipeline;

    private final Path dir;
    private final EventStore store;
    private final Javalin app;
    private final Document seed;
    private final Document hostile;

    private RealSite(Path dir, EventStore store, Javalin app, Document seed, Document hostile) {
        this.dir = dir;
        this.store = store;
        this.app = app;
        this.seed = seed;
        this.hostile = hostile;
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new PipelineBuilder().build();
        }
        return pipeline;
    }

    static RealSite start() {
        Assumptions.assumeTrue(Files.isRegularFile(EXAMPLE),
                "../shared/seed is not here: the real-server browser tests need the seed article");
        Document seed = extract(EXAMPLE);
        Document hostile = hostileDocument();
        try {
            Path dir = Files.createTempDirectory("dyad-real-site");
            EventStore store = EventStore.open(dir.resolve("db"));
            store.ingestAll(List.of(seed, hostile));
            Javalin app = DyadServer.start(store, ServerOptions.defaults().withPort(0).withMount(WebPage::mount));
            return new RealSite(dir, store, app, seed, hostile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file through the same reader and run as {@code dyad ingest}. */
    private static Document extract(Path file) {
        List<Document> out = new ArrayList<>();
        RunReport report = new ExtractRun(new SourceReader(ReadOptions.defaults()), pipeline(), 1)
                .run(List.of(file.toString()), out::add, () -> { });
        if (out.size() != 1) {
            throw new IllegalStateException("expected one document from " + file + ": " + report.summary());
        }
        return out.get(0);
    }

    /** Markup and a script URL in every field a reader fills: the page must show them as text. */
    private static Document hostileDocument() {
        RawDocument raw = new RawDocument("hostile.txt", RawDocument.Format.TEXT, HOSTILE_BODY, null,
                "javascript:window.__xss=4", HOSTILE_TITLE, "2021-10-27", "<b>Evil</b> Press", "en");
        try {
            return pipeline().process(raw);
        } catch (SkipException e) {
            throw new IllegalStateException("the hostile document was skipped: " + e.getMessage(), e);
        }
    }

    Document seed() {
        return seed;
    }

    Document hostile() {
        return hostile;
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
        store.close();
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temp folder is not worth failing a test run for.
        }
    }
}
