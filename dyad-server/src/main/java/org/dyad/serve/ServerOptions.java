package org.dyad.serve;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.store.EventStore;

/**
 * How {@code dyad serve} runs.
 *
 * @param host   interface to bind; loopback unless the user says otherwise
 * @param port   TCP port; 0 picks a free one
 * @param mounts extra configuration applied to the app, e.g. the web page's routes and static files
 * @param threadsPerQuery DuckDB threads per statement while serving ({@link EventStore#threadsPerQuery});
 *               1 by default, since concurrent requests already use the cores
 */
public record ServerOptions(String host, int port, List<Consumer<JavalinConfig>> mounts, int threadsPerQuery) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerOptions {
        mounts = List.copyOf(mounts);
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, List.of(), 1);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, mounts, threadsPerQuery);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, mounts, threadsPerQuery);
    }

    public ServerOptions withThreadsPerQuery(int threads) {
        return new ServerOptions(host, port, mounts, threads);
    }

    /** Adds a mount, e.g. {@code opts.withMount(WebPage::mount)}. */
    public ServerOptions withMount(Consumer<JavalinConfig> mount) {
        List<Consumer<JavalinConfig>> all = new ArrayList<>(mounts);
        all.add(mount);
        return new ServerOptions(host, port, all, threadsPerQuery);
    }
}
