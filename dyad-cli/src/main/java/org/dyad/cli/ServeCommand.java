package org.dyad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.serve.web.WebPage;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the REST API and the web page over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and web page over a store.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", description = "port (default: 7070)")
    int port = 7070;

    @Option(names = "--host", description = "address to bind (default: 127.0.0.1, this machine only)")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        try (EventStore s = store.open()) {
            serve(s, host, port);
        }
        return 0;
    }

    /** Starts the server and blocks until the process is stopped. */
    static void serve(EventStore s, String host, int port) throws InterruptedException {
        ServerOptions opts = ServerOptions.defaults().withHost(host).withPort(port).withMount(WebPage::mount);
        var app = DyadServer.start(s, opts);
        System.err.printf("Dyad is serving %s on http://%s:%d/  (Ctrl-C to stop)%n", s.directory(), host, app.port());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stop.countDown();
        }));
        stop.await();
    }
}
