package org.dyad.serve.api;

import org.dyad.clean.SkipException;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;

/** What {@code POST /api/documents} hands a pushed document to: extract, code and store it. */
public interface DocumentPush {
    /** The coded document, and whether it was new to the store. */
    record Result(Document document, boolean added) {
    }

    Result push(RawDocument raw) throws SkipException;
}
