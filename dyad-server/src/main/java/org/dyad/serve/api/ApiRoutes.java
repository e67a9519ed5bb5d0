package org.dyad.serve.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

/** Registers every {@code /api} route and the error mapping: clear 400/404 messages, never a stack trace. */
public final class ApiRoutes {
    /** Marks a request whose error body is already written, so the 404 fallback leaves it alone. */
    private static final String ANSWERED = "dyad.error-answered";
    private static final System.Logger LOG = System.getLogger(ApiRoutes.class.getName());

    private ApiRoutes() {
    }

    public static void register(RoutesConfig routes, EventStore store) {
        EventsApi events = new EventsApi(store);
        CatalogApi catalog = new CatalogApi(store);
        routes.before("/api/*", ctx -> ctx.header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store"));
        routes.get("/api/events", events::list);
        routes.get("/api/events/{id}", events::one);
        routes.get("/api/dyads/series", events::series);
        routes.get("/api/network", events::network);
        routes.get("/api/actors", catalog::actors);
        routes.get("/api/places", catalog::places);
        routes.get("/api/search", catalog::search);
        routes.get("/api/documents", catalog::documents);
        routes.get("/api/documents/{id}", catalog::document);
        routes.get("/api/stats", catalog::stats);
        routes.get("/api/export", catalog::export);
        routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        routes.exception(StoreException.class, (e, ctx) -> internal(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && ctx.attribute(ANSWERED) == null) {
                ctx.json(Map.of("error", "no such API resource: " + ctx.path()));
            }
        });
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(Map.of("error", message == null ? "bad request" : message));
    }

    private static void internal(Context ctx, Exception e) {
        LOG.log(System.Logger.Level.ERROR, "request " + ctx.path() + " failed", e);
        error(ctx, 500, "internal error; the server log has details");
    }
}
