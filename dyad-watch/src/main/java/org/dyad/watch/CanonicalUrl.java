package org.dyad.watch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.List;

/**
 * The form of an article URL under which "seen" is recorded: crawler-commons' normaliser (case,
 * default port, dot segments, escapes, fragment dropped) plus the removal of tracking parameters,
 * so the same story reached from two feeds is fetched once.
 */
public final class CanonicalUrl {
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(List.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
                    "utm_name", "fbclid", "gclid", "ocid", "cmpid", "at_medium", "at_campaign")).build();

    private CanonicalUrl() {
    }

    /** The canonical form, or the input stripped when it is not a URL the normaliser accepts. */
    public static String of(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        String n = NORMALIZER.filter(hash < 0 ? u : u.substring(0, hash));
        return n == null ? url.strip() : n;
    }
}
