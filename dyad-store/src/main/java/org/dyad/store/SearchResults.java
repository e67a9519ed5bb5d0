package org.dyad.store;

import java.util.List;
import org.dyad.store.search.TextHit;

/** A page of full-text hits; {@code total} counts every matching document and sentence. */
public record SearchResults(long total, int page, int size, List<TextHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
