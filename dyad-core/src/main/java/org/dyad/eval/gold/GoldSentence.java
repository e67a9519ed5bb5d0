package org.dyad.eval.gold;

import java.util.List;

/**
 * A gold sentence: a reference into an article of the data set (never its text) and its events.
 *
 * @param path    the article file, relative to the data set root ({@code bbc/politics/042.txt})
 * @param start   offset of the sentence's first character in the file's text
 * @param end     offset just past its last character
 * @param sha1    first 12 hex digits of the SHA-1 of the sentence with whitespace folded, to see drift
 * @param stratum how the sampler drew it: {@code actor}, {@code any} or {@code act}
 * @param events  the hand-coded events, possibly none
 */
public record GoldSentence(String id, String path, int start, int end, String sha1, String stratum,
        List<GoldEvent> events) {

    public GoldSentence {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
