package org.dyad.read;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UTC offset each feed item's date is written with. rome gives an item's date as a
 * {@link java.util.Date}, an instant without the publisher's offset, and cutting that instant to its UTC
 * day moves a Tehran item published at 01:00 (+03:30) to the day before. The offset is read back from
 * the item's own date text, so the date can be written in the publisher's local time.
 */
final class FeedItemDates {
    private static final Pattern ITEM = Pattern.compile("<(item|entry)\\b[^>]*>(.*?)</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** In rome's order of preference: the published date, then the updated one. */
    private static final Pattern[] DATES = {
            Pattern.compile("<(?:pubDate|published|dc:date|dcterms:issued)\\b[^>]*>\\s*([^<]+?)\\s*<", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<(?:updated|dcterms:modified)\\b[^>]*>\\s*([^<]+?)\\s*<", Pattern.CASE_INSENSITIVE)};
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})$");

    private FeedItemDates() {
    }

    /** Each item's offset in document order, null where its date has no numeric offset. */
    static List<ZoneOffset> offsets(String feedText) {
        List<ZoneOffset> out = new ArrayList<>();
        Matcher item = ITEM.matcher(feedText);
        while (item.find()) {
            out.add(offset(item.group(2)));
        }
        return out;
    }

    private static ZoneOffset offset(String itemXml) {
        for (Pattern p : DATES) {
            Matcher m = p.matcher(itemXml);
            if (m.find()) {
                Matcher o = OFFSET.matcher(m.group(1));
                if (!o.find()) {
                    return null;
                }
                try {
                    int hours = Integer.parseInt(o.group(2));
                    int minutes = Integer.parseInt(o.group(3));
                    int sign = o.group(1).equals("-") ? -1 : 1;
                    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The instant in ISO-8601 at {@code offset} ("2021-10-26T01:00:00+03:30"), or in UTC when there is none. */
    static String format(Instant instant, ZoneOffset offset) {
        if (offset == null) {
            return instant.toString();
        }
        return instant.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT));
    }
}
