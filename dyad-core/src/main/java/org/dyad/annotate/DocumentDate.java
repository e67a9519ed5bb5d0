package org.dyad.annotate;

import java.util.regex.Pattern;
import org.dyad.model.CleanArticle;

/**
 * The day relative dates are read against ("a year ago", "on Tuesday"): the article's own date,
 * never the day it was processed.
 */
public final class DocumentDate {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DocumentDate() {
    }

    /**
     * YYYY-MM-DD from the published date, else the dateline's, else null. A published time keeps its
     * offset ("2021-10-26T01:00:00+03:30"), so its first ten characters are the publisher's local day.
     */
    public static String anchor(CleanArticle article) {
        String d = day(article.published());
        if (d == null && article.dateline() != null) {
            d = day(article.dateline().date());
        }
        return d;
    }

    /**
     * Where {@link #anchor} came from: {@code dateline} when the document's date is the one its dateline
     * states (the cleaner uses it when the page or feed gave none), {@code published} otherwise (a
     * container date, or {@code --date}), null when there is no anchor.
     */
    public static String anchorSource(CleanArticle article) {
        if (anchor(article) == null) {
            return null;
        }
        String datelineDate = article.dateline() == null ? null : article.dateline().date();
        boolean fromDateline = datelineDate != null
                && (article.published() == null || article.published().equals(datelineDate));
        return fromDateline ? "dateline" : "published";
    }

    static String day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        String d = iso.substring(0, 10);
        return ISO_DAY.matcher(d).matches() ? d : null;
    }
}
