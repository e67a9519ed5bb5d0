package org.dyad.watch;

import org.dyad.clean.SkipException;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventStore;
import org.dyad.store.IngestResult;

/**
 * The one way a fetched or pushed document enters the store: extract and code it, raise its alerts,
 * store it. Alerts come before the store so a crash between the two repeats (and the alerts file
 * de-duplicates) rather than loses them; a document already stored raises none.
 */
public final class Intake {
    private final Pipeline pipeline;
    private final EventStore store;
    private final Alerts alerts;

    public Intake(Pipeline pipeline, EventStore store, Alerts alerts) {
        this.pipeline = pipeline;
        this.store = store;
        this.alerts = alerts;
    }

    /** What happened to one document. */
    public record Taken(Document document, boolean added, int alerts) {
    }

    public Taken take(RawDocument raw) throws SkipException {
        return store(extract(raw));
    }

    /** The NLP part alone: thread-safe, so a round runs it on several documents at once. */
    public Document extract(RawDocument raw) throws SkipException {
        return pipeline.process(raw);
    }

    /** Stores an already extracted document (no NLP). */
    public synchronized Taken store(Document doc) {
        boolean known = store.document(doc.id()).isPresent();
        int raised = known ? 0 : alerts.check(doc);
        IngestResult r = store.ingest(doc);
        if (r == IngestResult.SKIPPED) {
            throw new IllegalStateException("the store refused document " + doc.id() + " (see the log)");
        }
        return new Taken(doc, r == IngestResult.ADDED, raised);
    }

    public EventStore store() {
        return store;
    }
}
