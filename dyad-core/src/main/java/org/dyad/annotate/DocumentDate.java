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

    /** YYYY-MM-DD from the published date, else the dateline's, else null. */
    public static String anchor(CleanArticle article) {
        String d = day(article.published());
        if (d == null && article.dateline() != null) {
            d = day(article.dateline().date());
        }
        return d;
    }

    static String day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        String d = iso.substring(0, 10);
        return ISO_DAY.matcher(d).matches() ? d : null;
    }
}
