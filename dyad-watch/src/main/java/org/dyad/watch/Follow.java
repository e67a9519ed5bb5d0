package org.dyad.watch;

import java.net.URI;
import java.util.Locale;

/**
 * Which article links a round fetches. {@code none} and off-site links under {@code same-host} use
 * the feed item's own text instead (a front page's links are always on its own site).
 */
public enum Follow {
    ALL, SAME_HOST, NONE;

    boolean allows(URI source, URI page) {
        return switch (this) {
            case ALL -> true;
            case SAME_HOST -> SourceItems.sameSite(source, page);
            case NONE -> false;
        };
    }

    public static Follow parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--follow must be all, same-host or none, not '" + value + "'");
        }
    }
}
