package org.dyad.store.group;

import org.dyad.model.Certainty;

/**
 * What grouping needs to know about one coded event in one article.
 *
 * @param id        the mention id (a content hash, so sorting by it is stable across runs)
 * @param docId     the article
 * @param publisher the article's publisher, or null
 * @param country   country of the event's place, or null when unknown
 */
public record Report(String id, String docId, String publisher, Certainty certainty, DateWindow date, String country) {

    public boolean compatible(Report o) {
        return date.compatible(o.date) && (country == null || o.country == null || country.equals(o.country));
    }
}
