package org.dyad.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written without its year means the one nearest the article's date: an article of 2 January
 * 2022 reporting something "on December 30" means 30 December 2021. SUTime gives such a date the year
 * of the anchor (or XXXX without one); this picks the nearest of the anchor's year and the years either
 * side. A month alone ("in October", "sales fell in April") is read in the article's year, as SUTime
 * does, unless that puts it more than six months after the article ("in December" in a January
 * article is last December): on MEANTIME a bare month in the article's year was right 3 times in 4,
 * the nearest one 2 in 4, always the past one 2 in 4. Dates with a year, and relative ones ("last
 * December", "next March", whose direction the text states), are left as SUTime read them.
 */
public final class YearlessDates {
    private static final Pattern MONTH_NAME = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}|'\\d{2}\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(last|next|this|coming|previous|past|following|ago|later|earlier|before|after)\\b", Pattern.CASE_INSENSITIVE);
    /** A bare month more than this many months after the article's is last year's. */
    private static final int MONTHS_AHEAD = 6;
    private static final Pattern VALUE = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?(.*)", Pattern.DOTALL);

    private YearlessDates() {
    }

    /**
     * @param text   the expression as written
     * @param value  its TIMEX3 value
     * @param anchor the document date (YYYY-MM-DD), or null
     * @return the value with the nearest year, or {@code value} unchanged when the rule does not apply
     */
    public static String nearest(String text, String value, String anchor) {
        if (text == null || value == null || anchor == null || !MONTH_NAME.matcher(text).find()
                || HAS_YEAR.matcher(text).find() || RELATIVE.matcher(text).find()) {
            return value;
        }
        Matcher v = VALUE.matcher(value);
        if (!v.matches()) {
            return value;
        }
        try {
            LocalDate near = LocalDate.parse(anchor);
            int month = Integer.parseInt(v.group(2));
            if (v.group(3) == null && v.group(4).isEmpty()) {
                boolean farAhead = month - near.getMonthValue() > MONTHS_AHEAD;
                return String.format(Locale.ROOT, "%04d", near.getYear() - (farAhead ? 1 : 0)) + value.substring(4);
            }
            int day = v.group(3) == null ? 15 : Integer.parseInt(v.group(3));
            int best = near.getYear();
            long bestDistance = Long.MAX_VALUE;
            for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
                long distance = Math.abs(LocalDate.of(year, month, Math.min(day, 28)).toEpochDay() - near.toEpochDay());
                if (distance < bestDistance) {
                    best = year;
                    bestDistance = distance;
                }
            }
            return String.format(Locale.ROOT, "%04d", best) + value.substring(4);
        } catch (DateTimeException | NumberFormatException e) {
            return value;
        }
    }
}
