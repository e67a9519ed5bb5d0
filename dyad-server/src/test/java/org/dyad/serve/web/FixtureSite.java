package org.dyad.serve.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The real web page ({@link WebPage}) in front of canned API answers from
 * {@code src/test/resources/fixtures/api}, which follow the JSON contract of {@code dyad serve}.
 */
final class FixtureSite implements TestSite {

    private static final String API = "/fixtures/api/";
    private static final String SHAPES = "/web/geo/countries.geojson";

    private final Javalin app;

    private FixtureSite(Javalin app) {
        this.app = app;
    }

    static FixtureSite start() {
        Javalin app = Javalin.create(config -> {
            WebPage.mount(config);
            routes(config);
        });
        app.start("127.0.0.1", 0);
        return new FixtureSite(app);
    }

    private static void routes(JavalinConfig config) {
        config.routes.get("/api/events", ctx -> answer(ctx, "events.json"));
        config.routes.get("/api/dyads/series", ctx -> answer(ctx, "series.json"));
        config.routes.get("/api/network", ctx -> answer(ctx, "network.json"));
        config.routes.get("/api/actors", ctx -> answer(ctx, "actors.json"));
        config.routes.get("/api/places", ctx -> answer(ctx, "places.json"));
        config.routes.get("/api/search", ctx -> answer(ctx, "search.json"));
        config.routes.get("/api/stats", ctx -> answer(ctx, "stats.json"));
        config.routes.get("/api/documents", ctx -> answer(ctx, "documents.json"));
        config.routes.get("/api/documents/{id}", ctx -> answerById(ctx, "documents", "no such document"));
        config.routes.get("/api/events/{id}", ctx -> answerById(ctx, "events", "no such event"));
        // Until the shipped country shapes exist, serve three test outlines so the layer is exercised.
        if (FixtureSite.class.getResource(SHAPES) == null) {
            config.routes.get("/geo/countries.geojson", ctx ->
                    ctx.contentType("application/geo+json").result(read("/fixtures/geo/test-countries.geojson")));
        }
    }

    private static void answerById(Context ctx, String folder, String notFound) {
        String id = ctx.pathParam("id");
        String file = folder + "/" + id + ".json";
        if (!id.matches("[A-Za-z0-9_-]+") || resource(API + file) == null) {
            ctx.status(404).contentType("application/json").result("{\"error\": \"" + notFound + "\"}");
            return;
        }
        answer(ctx, file);
    }

    private static void answer(Context ctx, String file) {
        ctx.contentType("application/json").result(read(API + file));
    }

    private static InputStream resource(String path) {
        return FixtureSite.class.getResourceAsStream(path);
    }

    private static String read(String path) {
        try (InputStream in = resource(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
