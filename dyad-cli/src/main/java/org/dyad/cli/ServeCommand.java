package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.dyad.pipeline.Pipeline;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.serve.api.DocumentPush;
import org.dyad.serve.api.PushApi;
import org.dyad.serve.web.WebPage;
import org.dyad.store.EventStore;
import org.dyad.watch.Alerts;
import org.dyad.watch.Intake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the REST API and the web page over a store, optionally watching sources and taking pushes. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and web page over a store.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", description = "port (default: 7070)")
    int port = 7070;

    @Option(names = "--host", description = "address to bind (default: 127.0.0.1, this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--watch", paramLabel = "FILE",
            description = "also watch these sources (as dyad watch --sources) in this process; the page shows what arrives")
    Path watchSources;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "enables POST /api/documents for clients sending this token (default: $DYAD_TOKEN)")
    String token = System.getenv("DYAD_TOKEN");

    @Option(names = "--max-push-kb", paramLabel = "KB", description = "largest pushed document (default: 2048)")
    int maxPushKb = 2048;

    @Mixin
    WatchOptions watch;

    @Override
    public Integer call() throws Exception {
        if (watchSources == null && token == null) {
            try (EventStore s = store.open()) {
                serve(s, host, port);
            }
            return 0;
        }
        var interval = watch.interval();
        watch.policy();
        try (EventStore s = store.open()) {
            Supplier<Pipeline> pipeline = memo(watch::pipeline);
            WatchOptions.Watching w = watchSources == null ? null : watch.start(s, watchSources, pipeline.get());
            try {
                ServerOptions opts = ServerOptions.defaults().withHost(host).withPort(port).withMount(WebPage::mount);
                if (token != null && !token.isBlank()) {
                    Alerts alerts = w != null ? w.alerts() : watch.alerts(s.directory());
                    Supplier<Intake> intake = w != null ? w::intake : memo(() -> new Intake(pipeline.get(), s, alerts));
                    DocumentPush push = raw -> result(intake.get().take(raw));
                    opts = opts.withMount(PushApi.mount(push, token, maxPushKb * 1024L));
                    System.err.println("POST /api/documents is open to clients sending the token");
                }
                var app = DyadServer.start(s, opts);
                System.err.printf("Dyad is serving %s on http://%s:%d/%n", s.directory(), host, app.port());
                if (w != null) {
                    WatchCommand.loop(w.watcher(), interval);
                    app.stop();
                } else {
                    awaitStop(app);
                }
            } finally {
                if (w != null) {
                    w.close();
                }
            }
        }
        return 0;
    }

    private static DocumentPush.Result result(Intake.Taken t) {
        return new DocumentPush.Result(t.document(), t.added());
    }

    /** Built once, on first use: CoreNLP loads only when a document is first pushed. */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /** Starts the server and blocks until the process is stopped. */
    static void serve(EventStore s, String host, int port) throws InterruptedException {
        var app = DyadServer.start(s, ServerOptions.defaults().withHost(host).withPort(port).withMount(WebPage::mount));
        System.err.printf("Dyad is serving %s on http://%s:%d/  (Ctrl-C to stop)%n", s.directory(), host, app.port());
        awaitStop(app);
    }

    private static void awaitStop(io.javalin.Javalin app) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stop.countDown();
        }));
        stop.await();
    }
}
