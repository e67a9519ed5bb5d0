package org.dyad.annotate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday named alone ("on Friday", "Wednesday's vote") is one of the days around the article's
 * date: up to two days after it, else the past one (news reports more than it announces, so a day three
 * days ahead or four back is the one back). SUTime does not read it that way (an article of Saturday
 * 17 July 2010 gets "Friday" = 23 July, one of Tuesday 28 March 2006 gets "Wednesday" = 22 March). On
 * MEANTIME it fixes four bare weekdays and breaks one (an article of Monday 29 May 2006 whose "Tuesday"
 * was the week before, which SUTime had right): 0.695 → 0.703 time-value accuracy.
 * "last Friday", "next Monday", "Friday, March 3" say more and are left alone.
 */
public final class NearestWeekday {
    private static final Pattern BARE = Pattern.compile(
            "(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?", Pattern.CASE_INSENSITIVE);
    /** The furthest a bare weekday is read ahead of the article. */
    private static final int DAYS_AHEAD = 2;
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private NearestWeekday() {
    }

    /**
     * @param text   the expression as written
     * @param value  its TIMEX3 value
     * @param anchor the document date (YYYY-MM-DD), or null
     * @return the nearest such weekday to the anchor, or {@code value} when the rule does not apply
     */
    public static String of(String text, String value, String anchor) {
        if (text == null || value == null || anchor == null || !DAY_VALUE.matcher(value).matches()) {
            return value;
        }
        Matcher m = BARE.matcher(text.strip());
        if (!m.matches()) {
            return value;
        }
        try {
            LocalDate near = LocalDate.parse(anchor);
            DayOfWeek wanted = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int ahead = Math.floorMod(wanted.getValue() - near.getDayOfWeek().getValue(), 7);
            return (ahead <= DAYS_AHEAD ? near.plusDays(ahead) : near.minusDays(7 - ahead)).toString();
        } catch (DateTimeException | IllegalArgumentException e) {
            return value;
        }
    }
}
