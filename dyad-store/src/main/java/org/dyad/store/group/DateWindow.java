package org.dyad.store.group;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report's date may stand for. {@code rank} orders reports by how precise their date is
 * (0 = a day from the text, higher = vaguer); grouping anchors on the precise ones first.
 *
 * @param start first possible day, null when the report has no date
 * @param end   last possible day, null when the report has no date
 * @param day   the exact day when the date has day precision (also for publication fallbacks)
 */
public record DateWindow(LocalDate start, LocalDate end, LocalDate day, boolean publishedFallback, int rank) {
    /** How far from its publication day an undated report may be. */
    public static final int PUBLISHED_SLACK_DAYS = 3;
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final DateWindow UNKNOWN = new DateWindow(null, null, null, false, 9);

    /** Reads an ISO date prefix (YYYY, YYYY-MM, YYYY-MM-DD[T…]); anything else is an unknown date. */
    public static DateWindow of(String date, String dateSource) {
        if (date == null) {
            return UNKNOWN;
        }
        Matcher m = ISO.matcher(date.strip());
        if (!m.find()) {
            return UNKNOWN;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                // the article's own date (publication or dateline) only says the event was around then
                boolean fallback = "published".equalsIgnoreCase(dateSource) || "dateline".equalsIgnoreCase(dateSource);
                return fallback
                        ? new DateWindow(d.minusDays(PUBLISHED_SLACK_DAYS), d.plusDays(PUBLISHED_SLACK_DAYS), d, true, 3)
                        : new DateWindow(d, d, d, false, 0);
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
                return new DateWindow(ym.atDay(1), ym.atEndOfMonth(), null, false, 4);
            }
            return new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, false, 5);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return UNKNOWN;
        }
    }

    public boolean known() {
        return start != null;
    }

    /** Whether both windows may be the same day (see the package documentation). */
    public boolean compatible(DateWindow o) {
        if (!known() || !o.known()) {
            return true;
        }
        if (publishedFallback && o.publishedFallback) {
            return Math.abs(ChronoUnit.DAYS.between(day, o.day)) <= PUBLISHED_SLACK_DAYS;
        }
        return !start.isAfter(o.end) && !o.start.isAfter(end);
    }

    /** The window without the publication slack: the days the date itself names. */
    public LocalDate namedStart() {
        return publishedFallback ? day : start;
    }

    public LocalDate namedEnd() {
        return publishedFallback ? day : end;
    }
}
