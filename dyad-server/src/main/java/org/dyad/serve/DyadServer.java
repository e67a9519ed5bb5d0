package org.dyad.serve;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.dyad.serve.api.ApiJson;
import org.dyad.serve.api.ApiRoutes;
import org.dyad.store.EventStore;

/**
 * The {@code dyad serve} application: the JSON API under {@code /api} plus whatever
 * {@link ServerOptions#mounts()} add (the web page). No CORS: the page is served from the same origin.
 */
public final class DyadServer {
    private DyadServer() {
    }

    /**
     * The app, configured but not started; call {@code start(host, port)} on it. Sets the store's
     * {@link EventStore#threadsPerQuery} to {@link ServerOptions#threadsPerQuery()}.
     */
    public static Javalin create(EventStore store, ServerOptions opts) {
        store.threadsPerQuery(opts.threadsPerQuery());
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            ApiRoutes.register(cfg.routes, store);
            opts.mounts().forEach(m -> m.accept(cfg));
        });
    }

    /** Creates and starts the app on {@code opts.host()}:{@code opts.port()}. */
    public static Javalin start(EventStore store, ServerOptions opts) {
        return create(store, opts).start(opts.host(), opts.port());
    }
}
