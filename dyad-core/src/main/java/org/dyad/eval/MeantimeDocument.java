package org.dyad.eval;

import java.util.List;

/**
 * One MEANTIME article rebuilt as text, with its gold time expressions.
 *
 * @param name         the file name without .xml
 * @param creationTime the document creation time (the article's date, YYYY-MM-DD), or null
 * @param text         title, then the sentences after the dateline sentence, one paragraph each
 * @param timexes      gold TIMEX3s inside {@code text} (the creation-time expression itself is left out)
 */
public record MeantimeDocument(String name, String creationTime, String text, List<Timex> timexes) {
    public MeantimeDocument {
        timexes = List.copyOf(timexes);
    }

    /** A gold TIMEX3: its type (DATE, TIME, DURATION, SET), TIMEX3 value and character span in {@code text}. */
    public record Timex(String type, String value, int start, int end) {
    }
}
