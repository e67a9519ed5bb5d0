package org.dyad.store.group;

import org.dyad.model.Certainty;

/**
 * What grouping needs to know about one coded event in one article.
 *
 * @param id        the mention id (a content hash, so sorting by it is stable across runs)
 * @param docId     the article
 * @param publisher the article's publisher, or null
 * @param country   country of the event's place, or null when unknown
 * @param cameo     the full CAMEO code
 */
public record Report(String id, String docId, String publisher, Certainty certainty, DateWindow date, String country,
        String cameo) {

    /** A report without its full code: only root-level grouping rules apply. */
    public Report(String id, String docId, String publisher, Certainty certainty, DateWindow date, String country) {
        this(id, docId, publisher, certainty, date, country, null);
    }

    public boolean compatible(Report o) {
        return date.compatible(o.date) && (country == null || o.country == null || country.equals(o.country))
                && polarity() == o.polarity() && !sameArticleOtherCode(o);
    }

    /**
     * An article that codes two different acts of one root ("signed a contract", "support each
     * other") tells of two events; only across articles may wordings differ for one event.
     */
    private boolean sameArticleOtherCode(Report o) {
        return docId.equals(o.docId) && cameo != null && o.cameo != null && !cameo.equals(o.cameo);
    }

    /** Negated and hypothetical reports say an event did not (or may not) happen: they never corroborate one that did. */
    private int polarity() {
        return switch (certainty) {
            case NEGATED -> 2;
            case HYPOTHETICAL -> 1;
            default -> 0;
        };
    }
}
