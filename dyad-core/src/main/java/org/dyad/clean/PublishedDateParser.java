package org.dyad.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in the ways news pages and feeds write it and returns it as ISO-8601: a date
 * ({@code 2021-10-26}) or, when a time and zone are given, a date-time ({@code 2021-10-26T10:00:00+03:00}).
 * Understands ISO 8601, RFC 822/1123 ({@code Tue, 26 Oct 2021 10:00:00 GMT}), {@code 26 Oct 2021},
 * {@code October 26, 2021}, {@code Oct. 26th 2021}, {@code 2021/10/26}, {@code 26.10.2021} and
 * {@code 10/26/2021}. The date may sit inside other words ("Published: 26 Oct 2021 12:30").
 */
public final class PublishedDateParser {
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String TIME = "(?:[ T,]+(?<time>\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2}|GMT|UTC?|[ECMP][SD]T)?)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(?<year>\\d{4})-(?<mon>\\d{2})-(?<day>\\d{2})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "\\s+" + MONTH + ",?\\s+(?<year>\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + ",?\\s+(?<year>\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASHED_YMD = Pattern.compile("\\b(?<year>\\d{4})/(?<mon>\\d{1,2})/(?<day>\\d{1,2})\\b");
    private static final Pattern DOTTED_DMY = Pattern.compile("\\b(?<day>\\d{1,2})\\.(?<mon>\\d{1,2})\\.(?<year>\\d{4})\\b");
    private static final Pattern SLASHED_MDY = Pattern.compile("\\b(?<mon>\\d{1,2})/(?<day>\\d{1,2})/(?<year>\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "(?!\\w)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ZONES = Map.of("GMT", "+00:00", "UT", "+00:00", "UTC", "+00:00",
            "Z", "+00:00", "EST", "-05:00", "EDT", "-04:00", "CST", "-06:00", "CDT", "-05:00", "MST", "-07:00",
            "MDT", "-06:00");
    private static final Map<String, String> PACIFIC = Map.of("PST", "-08:00", "PDT", "-07:00");

    private PublishedDateParser() {
    }

    /** The first date found in {@code text}, as ISO-8601, or empty. */
    public static Optional<String> toIso(String text) {
        return toIso(text, (LocalDate) null);
    }

    /**
     * @param yearIfMissing used for dates written without a year ("March 3"); when null such dates
     *     are not returned, since guessing the year would invent a fact
     */
    public static Optional<String> toIso(String text, Integer yearIfMissing) {
        return toIso(text, yearIfMissing == null ? null : LocalDate.of(yearIfMissing, 7, 1));
    }

    /**
     * @param near a date written without a year ("Dec 30") takes the year that puts it nearest to this
     *     day (an article of 2 January 2022 means 30 December 2021); when null such dates are not returned
     */
    public static Optional<String> toIso(String text, LocalDate near) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, SLASHED_YMD, DOTTED_DMY, SLASHED_MDY}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<String> iso = build(m, m.group("year"));
                if (iso.isPresent()) {
                    return iso;
                }
            }
        }
        if (near != null) {
            for (Pattern pattern : new Pattern[] {DAY_MONTH, MONTH_DAY}) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return nearest(m, near);
                }
            }
        }
        return Optional.empty();
    }

    /** The year before, of, or after {@code near} that puts the month and day closest to it. */
    private static Optional<String> nearest(Matcher m, LocalDate near) {
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
            Optional<String> iso = build(m, String.valueOf(year));
            if (iso.isPresent()) {
                long distance = Math.abs(LocalDate.parse(iso.get().substring(0, 10)).toEpochDay() - near.toEpochDay());
                if (distance < bestDistance) {
                    best = iso.get();
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> build(Matcher m, String yearText) {
        try {
            int year = Integer.parseInt(yearText);
            int month = hasGroup(m, "month") ? monthNumber(m.group("month")) : Integer.parseInt(m.group("mon"));
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
            return Optional.of(withTime(date, m));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A time is kept only with its zone: a local time without one cannot be placed on the timeline. */
    private static String withTime(LocalDate date, Matcher m) {
        String time = hasGroup(m, "time") ? m.group("time") : null;
        String zone = hasGroup(m, "zone") ? m.group("zone") : null;
        if (time == null || zone == null) {
            return date.toString();
        }
        String offset = zoneOffset(zone.toUpperCase(Locale.ROOT));
        String[] hms = time.split(":");
        LocalDateTime local = date.atTime(Integer.parseInt(hms[0]), Integer.parseInt(hms[1]),
                hms.length > 2 ? Integer.parseInt(hms[2]) : 0);
        return OffsetDateTime.of(local, ZoneOffset.of(offset)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String zoneOffset(String zone) {
        if (ZONES.containsKey(zone)) {
            return ZONES.get(zone);
        }
        if (PACIFIC.containsKey(zone)) {
            return PACIFIC.get(zone);
        }
        return zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
    }

    private static int monthNumber(String month) {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String prefix = month.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new NumberFormatException(month);
    }

    private static boolean hasGroup(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
