package org.dyad.serve.api;

import io.javalin.http.Context;
import java.util.Map;
import org.dyad.store.CertaintyFilter;
import org.dyad.store.EventStore;
import org.dyad.store.export.Exporter;
import org.dyad.store.export.Format;

/** Actors, places, full-text search, documents, totals and exports. */
final class CatalogApi {
    private final EventStore store;

    CatalogApi(EventStore store) {
        this.store = store;
    }

    /** GET /api/actors?q=&limit=&certainty= */
    void actors(Context ctx) {
        ctx.json(Map.of("items", store.actors(Params.text(ctx, "q"), Params.integer(ctx, "limit", 100, 1, 1000),
                Params.certainty(ctx, CertaintyFilter.ACTS))));
    }

    /** GET /api/places?limit= */
    void places(Context ctx) {
        ctx.json(Map.of("items", store.places(Params.integer(ctx, "limit", 1000, 1, 10_000))));
    }

    /** GET /api/search?q=&page=&size= */
    void search(Context ctx) {
        String q = Params.requiredText(ctx, "q");
        int size = Params.integer(ctx, "size", 20, 1, 100);
        int page = Params.integer(ctx, "page", 1, 1, 10_000 / size);
        ctx.json(store.search(q, page, size));
    }

    /** GET /api/documents?page=&size= */
    void documents(Context ctx) {
        ctx.json(store.documents(Params.integer(ctx, "page", 1, 1, 1_000_000), Params.integer(ctx, "size", 50, 1, 500)));
    }

    /** GET /api/documents/{id} */
    void document(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(store.document(id).orElseThrow(() -> ApiException.notFound("no document with id " + id)));
    }

    /** GET /api/stats?certainty= */
    void stats(Context ctx) {
        ctx.json(store.stats(Params.certainty(ctx, CertaintyFilter.ACTS)));
    }

    /** GET /api/export?format=jsonl|csv|parquet|gdelt&certainty= — a download. */
    void export(Context ctx) {
        Format f = Format.of(Params.requiredText(ctx, "format"));
        CertaintyFilter filter = Params.certainty(ctx, Exporter.defaultFilter(f));
        ctx.contentType(f.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"dyad-export." + f.extension() + "\"");
        Exporter.export(store, f, filter, ctx.outputStream());
    }
}
