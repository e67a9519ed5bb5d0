package org.dyad.store;

import java.util.List;

/** One page of results: {@code total} counts every match, {@code items} holds page {@code page} (1-based). */
public record Page<T>(long total, int page, int size, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
