package org.dyad.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Dateline;

/**
 * Recognises the dateline that opens a news report, either as a line of its own
 * ({@code MOSCOW, 26 Oct 2021, RUSSTRAT Institute.}) or inline before the first sentence
 * ({@code WASHINGTON (Reuters) - }, {@code LONDON, March 3 (AP) — }, {@code Moscow, October 26 — }).
 */
final class DatelineParser {
    private static final String ONE_PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|del|al|el|upon|on)){0,3}";
    /** The first place of "SANAA/WASHINGTON": a story filed from two cities is placed at the first. */
    private static final String PLACE = "(?<place>" + ONE_PLACE + ")(?:\\s*/\\s*" + ONE_PLACE + "){0,3}";
    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DATE = "(?<date>\\d{1,2}\\s+" + MONTH + "(?:,?\\s+\\d{4})?"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})";
    private static final String DASH = "\\s*(?:--?|[–—])\\s*";

    /** "MOSCOW, 26 Oct 2021, RUSSTRAT Institute." — the whole line is the dateline. */
    private static final Pattern LINE = Pattern.compile(
            "^" + PLACE + ",\\s*" + DATE + "(?:\\s*[,.]\\s*(?<publisher>[^.()]{2,80}?))?\\s*\\.?$");
    /** "WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) — ". */
    private static final Pattern AGENCY = Pattern.compile(
            "^" + PLACE + "(?:,\\s*" + DATE + ")?\\s*\\((?<publisher>[^()]{2,40})\\)" + DASH + "(?<rest>\\S.*)$", Pattern.DOTALL);
    /** "Moscow, October 26 — ". */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^" + PLACE + ",\\s*" + DATE + DASH + "(?<rest>\\S.*)$", Pattern.DOTALL);
    /** "BEIRUT — " (upper case only, else any "Word — " sentence would match). */
    private static final Pattern CAPS_PLACE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,3})" + DASH + "(?<rest>\\S.*)$", Pattern.DOTALL);

    /**
     * @param place title-cased ("Moscow"); date ISO or null; publisher may be null; rest is what follows
     *     the dateline in the same paragraph (empty for a dateline line)
     */
    record Found(Dateline dateline, String publisher, String rest) {
    }

    private DatelineParser() {
    }

    /** Parses a paragraph that may be, or start with, a dateline. */
    /** @param near the document's date, for a dateline date without a year (its nearest year); may be null */
    static Optional<Found> parse(String paragraph, java.time.LocalDate near) {
        String text = paragraph.strip();
        if (text.length() <= 160) {
            Matcher line = LINE.matcher(text);
            if (line.matches()) {
                return Optional.of(found(line, near, ""));
            }
        }
        for (Pattern inline : new Pattern[] {AGENCY, PLACE_DATE, CAPS_PLACE}) {
            Matcher m = inline.matcher(text);
            if (m.matches()) {
                return Optional.of(found(m, near, m.group("rest").strip()));
            }
        }
        return Optional.empty();
    }

    private static Found found(Matcher m, java.time.LocalDate near, String rest) {
        String date = group(m, "date");
        String iso = date == null ? null : PublishedDateParser.toIso(date, near).orElse(null);
        String publisher = group(m, "publisher");
        return new Found(new Dateline(titleCase(m.group("place")), iso), publisher == null ? null : publisher.strip(), rest);
    }

    /** "NEW YORK" → "New York"; already mixed-case names are kept as written. */
    static String titleCase(String place) {
        String stripped = place.strip();
        if (!stripped.equals(stripped.toUpperCase(Locale.ROOT))) {
            return stripped;
        }
        StringBuilder out = new StringBuilder(stripped.length());
        boolean startOfWord = true;
        for (char c : stripped.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = Character.isWhitespace(c) || c == '-' || c == '.';
        }
        return out.toString();
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
