package org.dyad.serve.api;

import io.javalin.http.Context;
import org.dyad.store.CertaintyFilter;
import org.dyad.store.DyadSeries;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;

/** Events, one event with its mentions, a dyad's time series, the alignment network. */
final class EventsApi {
    private final EventStore store;

    EventsApi(EventStore store) {
        this.store = store;
    }

    /** GET /api/events — filters, paging and sort; EventQuery validates and says what is wrong. */
    void list(Context ctx) {
        EventQuery q = EventQuery.builder()
                .actors(Params.texts(ctx, "actor")).both(Params.bool(ctx, "both"))
                .source(Params.text(ctx, "source")).target(Params.text(ctx, "target"))
                .country(Params.text(ctx, "country")).cameo(Params.text(ctx, "cameo")).root(Params.text(ctx, "root"))
                .plover(Params.text(ctx, "plover")).certainty(Params.text(ctx, "certainty"))
                .from(Params.date(ctx, "from", false)).to(Params.date(ctx, "to", true))
                .text(Params.text(ctx, "q"))
                .page(Params.integer(ctx, "page", 1, 1, 1_000_000))
                .size(Params.integer(ctx, "size", 50, 1, EventQuery.MAX_SIZE))
                .sort(Params.text(ctx, "sort"))
                .build();
        ctx.json(store.events(q));
    }

    /** GET /api/events/{id} */
    void one(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(store.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id)));
    }

    /** GET /api/dyads/series?a=RUS&b=IRN&interval=month&from=&to=&certainty= */
    void series(Context ctx) {
        String a = Params.requiredCode(ctx, "a");
        String b = Params.requiredCode(ctx, "b");
        String interval = Params.text(ctx, "interval");
        DyadSeries.Interval i = DyadSeries.Interval.of(interval == null ? "month" : interval);
        var from = Params.date(ctx, "from", false);
        var to = Params.date(ctx, "to", true);
        checkRange(from, to);
        ctx.json(store.series(a, b, i, from, to, Params.certainty(ctx, CertaintyFilter.ACTS)));
    }

    /** GET /api/network?from=&to=&min=&certainty= */
    void network(Context ctx) {
        var from = Params.date(ctx, "from", false);
        var to = Params.date(ctx, "to", true);
        checkRange(from, to);
        ctx.json(store.network(from, to, Params.integer(ctx, "min", 1, 1, 1_000_000),
                Params.certainty(ctx, CertaintyFilter.ACTS)));
    }

    private static void checkRange(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
    }
}
