package org.dyad.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;
import org.dyad.store.EventStore;
import org.dyad.watch.AlertQuery;
import org.dyad.watch.Alerts;
import org.dyad.watch.FetchPolicy;
import org.dyad.watch.Follow;
import org.dyad.watch.Intake;
import org.dyad.watch.PoliteFetcher;
import org.dyad.watch.WatchRound;
import org.dyad.watch.WatchState;
import org.dyad.watch.Watcher;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of {@code dyad watch} that {@code dyad serve --watch} shares: politeness, alerts, language. */
final class WatchOptions {
    @Option(names = "--every", paramLabel = "15m", description = "time between round starts (default: 15m)")
    String every = "15m";

    @Option(names = "--follow", paramLabel = "all|same-host|none",
            description = "which feed item links to fetch as article pages; the others use the feed's text (default: all)")
    String follow = "all";

    @Option(names = "--contact", paramLabel = "URL", description = "contact URL or mail put in the User-Agent")
    String contact;

    @Option(names = "--timeout", paramLabel = "30s", description = "per request, headers and body (default: 30s)")
    String timeout = "30s";

    @Option(names = "--host-delay", paramLabel = "1s",
            description = "pause between requests to one host; robots.txt Crawl-delay may raise it (default: 1s)")
    String hostDelay = "1s";

    @Option(names = "--per-host", paramLabel = "N", description = "requests in flight to one host (default: 1)")
    int perHost = 1;

    @Option(names = "--fetch-threads", paramLabel = "N", description = "fetches in flight across hosts (default: 4)")
    int fetchThreads = 4;

    @Option(names = "--threads", paramLabel = "N", description = "documents extracted at once (default: cores)")
    Integer threads;

    @Option(names = "--max-page-mb", paramLabel = "MB", description = "largest page or feed fetched (default: 5)")
    int maxPageMb = 5;

    @Option(names = "--alert", paramLabel = "QUERY",
            description = "saved query, as /api/events takes it (e.g. 'actor=RUS&actor=IRN&both=true&certainty=asserted,reported'); repeatable")
    List<String> alerts = new ArrayList<>();

    @Option(names = "--alerts", paramLabel = "FILE", description = "saved queries, one per line ('#' comments)")
    Path alertsFile;

    @Option(names = "--alerts-out", paramLabel = "FILE",
            description = "JSON Lines file new matches are appended to (default: DIR/watch/alerts.jsonl)")
    Path alertsOut;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each new match there as JSON (retried in the background)")
    URI webhook;

    @Option(names = "--lang", paramLabel = "any", description = "'any' keeps non-English documents (default: English only)")
    String lang;

    @Mixin
    ActorFilesOption actors;

    FetchPolicy policy() {
        return FetchPolicy.defaults(contact).withTimeout(Watcher.interval(timeout))
                .withHostDelay(duration(hostDelay)).withPerHost(perHost).withMaxBytes(maxPageMb * 1024L * 1024L);
    }

    Duration interval() {
        return Watcher.interval(every);
    }

    Pipeline pipeline() {
        return new PipelineBuilder().anyLanguage("any".equalsIgnoreCase(lang)).actorFiles(actors.files).build();
    }

    Alerts alerts(Path storeDir) throws IOException {
        List<AlertQuery> queries = new ArrayList<>();
        for (String q : alerts) {
            queries.add(AlertQuery.parse(q));
        }
        if (alertsFile != null) {
            for (String line : Files.readAllLines(alertsFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    queries.add(AlertQuery.parse(line));
                }
            }
        }
        if (queries.isEmpty()) {
            return Alerts.none();
        }
        Path out = alertsOut != null ? alertsOut : storeDir.resolve("watch").resolve("alerts.jsonl");
        return new Alerts(queries, out, webhook);
    }

    /** Everything a watch needs, over an open store; close it before the store. */
    Watching start(EventStore store, Path sources, Pipeline pipeline) throws IOException {
        Alerts a = alerts(store.directory());
        WatchState state = WatchState.open(store.directory());
        Intake intake = new Intake(pipeline, store, a);
        WatchRound round = new WatchRound(new PoliteFetcher(policy()), state, intake, Follow.parse(follow),
                fetchThreads, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                line -> System.err.println("  " + line));
        return new Watching(new Watcher(sources, round, store.directory(), System.err::print), intake, state, a);
    }

    /** A started watch and what must be closed after it. */
    record Watching(Watcher watcher, Intake intake, WatchState state, Alerts alerts) implements AutoCloseable {
        @Override
        public void close() {
            alerts.close();
            state.close();
        }
    }

    /** Like {@link Watcher#interval} but 0 is allowed (no delay). */
    private static Duration duration(String text) {
        return text.strip().matches("0+[smh]?") ? Duration.ZERO : Watcher.interval(text);
    }
}
