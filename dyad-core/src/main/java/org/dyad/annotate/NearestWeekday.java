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
 * "last Friday", "next Monday", "Friday, March 3" say more and are left alone. A future verb just
 * before the day ("will meet on Monday", "is due to vote on Friday") makes it the coming one.
 */
public final class NearestWeekday {
    private static final Pattern BARE = Pattern.compile(
            "(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?", Pattern.CASE_INSENSITIVE);
    /** The furthest a bare weekday is read ahead of the article. */
    private static final int DAYS_AHEAD = 2;
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Words that put the day after the article: "will", "'ll", "shall", "going to", "due to", "is to". */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|going\\s+to|due\\s+to|(?:is|are)\\s+to|set\\s+to|expected\\s+to)\\b|'ll\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far back from the day a future verb is looked for, in characters of the same sentence. */
    private static final int CLAUSE = 60;

    private NearestWeekday() {
    }

    /**
     * @param text   the expression as written
     * @param value  its TIMEX3 value
     * @param anchor the document date (YYYY-MM-DD), or null
     * @return the nearest such weekday to the anchor, or {@code value} when the rule does not apply
     */
    public static String of(String text, String value, String anchor) {
        return of(text, value, anchor, "");
    }

    /**
     * @param before the text before the expression (its own sentence is read, {@value #CLAUSE}
     *               characters at most)
     */
    public static String of(String text, String value, String anchor, String before) {
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
            if (FUTURE.matcher(ownClause(before)).find()) {
                return near.plusDays(ahead).toString();
            }
            return (ahead <= DAYS_AHEAD ? near.plusDays(ahead) : near.minusDays(7 - ahead)).toString();
        } catch (DateTimeException | IllegalArgumentException e) {
            return value;
        }
    }

    /** The end of {@code before} that belongs to the same sentence, {@value #CLAUSE} characters at most. */
    private static String ownClause(String before) {
        String tail = before.length() > CLAUSE ? before.substring(before.length() - CLAUSE) : before;
        int stop = Math.max(tail.lastIndexOf(". "), tail.lastIndexOf('\n'));
        return stop < 0 ? tail : tail.substring(stop + 1);
    }
}
