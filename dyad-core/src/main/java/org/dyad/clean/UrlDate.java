package org.dyad.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a news site wrote into an article's address ({@code /2015/03/18/}, {@code /2019-02-21-},
 * {@code /20170113/}): the publication day when the page declares none and has no dateline. Many
 * archived pages lost their metadata but kept their address, and without a day the actor knowledge
 * base would place every office holder as of today.
 */
final class UrlDate {
    /** A year, month and day as path segments or joined by hyphens, bounded by a separator. */
    private static final Pattern SEPARATED = Pattern.compile("[/_-]((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.\\-]|$)");
    /** Eight digits that make a date, as their own path segment. */
    private static final Pattern COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.\\-]|$)");

    private UrlDate() {
    }

    static Optional<LocalDate> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*$", "");
        Optional<LocalDate> d = first(SEPARATED.matcher(path));
        return d.isPresent() ? d : first(COMPACT.matcher(path));
    }

    private static Optional<LocalDate> first(Matcher m) {
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // "/2015/13/40/" is no day; look further along the path
            }
        }
        return Optional.empty();
    }
}
