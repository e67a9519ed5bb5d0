package org.dyad.store;

import java.util.Optional;
import org.dyad.model.Document;
import org.dyad.model.Event;

/** What the store refuses: a document without text, and (silently, per event) events without a code. */
final class DocumentCheck {
    private DocumentCheck() {
    }

    /** Why {@code d} cannot be stored, or empty when it can. */
    static Optional<String> problem(Document d) {
        if (d == null) {
            return Optional.of("no document");
        }
        if (d.body() == null || d.body().isBlank()) {
            return Optional.of("document " + d.id() + " has no body");
        }
        return Optional.empty();
    }

    /** The document with its id filled from a hash of the body when the producer left it out. */
    static Document withId(Document d) {
        if (d.id() != null && !d.id().isBlank()) {
            return d;
        }
        return new Document(ContentHash.full(d.body()), d.url(), d.title(), d.published(), d.publisher(),
                d.dateline(), d.language(), d.body(), d.sentences(), d.entities(), d.events(), d.warnings(),
                d.origin());
    }

    static boolean codable(Event e) {
        return e != null && e.cameo() != null && e.cameo().strip().matches("\\d{2,4}");
    }
}
