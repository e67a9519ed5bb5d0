package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad watch}: follow feeds and sites into the store, a round every 15 minutes or once. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll feeds and front pages, fetch new articles politely, extract, code and store them.")
final class WatchCommand implements Callable<Integer> {
    @Option(names = "--sources", required = true, paramLabel = "FILE",
            description = "feed or front-page URLs, one per line ('#' comments), or an OPML file")
    Path sources;

    @Option(names = "--once", description = "run one round and exit (for cron and tests); exit 1 if anything failed")
    boolean once;

    @Mixin
    StoreOption store;

    @Mixin
    WatchOptions watch;

    @Override
    public Integer call() throws Exception {
        var interval = watch.interval();
        var policy = watch.policy(); // option errors before CoreNLP loads
        System.err.println("dyad watch: " + policy.userAgent() + ", sources " + sources
                + (once ? ", one round" : ", a round every " + interval.toMinutes() + " min"));
        try (EventStore s = store.open(); var w = watch.start(s, sources, watch.pipeline())) {
            if (once) {
                return w.watcher().once().failures().isEmpty() ? 0 : 1;
            }
            loop(w.watcher(), interval);
        }
        return 0;
    }

    /** Rounds until Ctrl-C; the hook waits (briefly) for the round in progress to stop so the store closes cleanly. */
    static void loop(org.dyad.watch.Watcher watcher, java.time.Duration interval) {
        Thread main = Thread.currentThread();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            main.interrupt();
            try {
                done.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            watcher.every(interval);
        } catch (InterruptedException e) {
            System.err.println("dyad watch: stopped");
        } finally {
            done.countDown();
        }
    }
}
