package org.dyad.code.petrarch;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code <Sentence>} of a PETRARCH validation-records file: the sentence, its story date, and
 * what PETRARCH should code from it.
 *
 * @param noEvents true when the record says {@code noevents="True"}, or is a discard test
 * @param error    the {@code error} the record expects ("dateline", "bad_input_parse",
 *                 "storydiscard", "sentencediscard"), or null
 */
public record ValidationRecord(String id, LocalDate date, String category, String text,
        List<Coding> codings, boolean noEvents, String error) {

    public ValidationRecord {
        codings = List.copyOf(codings);
    }

    /** One expected event: PETRARCH source, target and event codes. */
    public record Coding(String source, String target, String event) {

        /** A quoted code is PETRARCH's "new actor" text output, which needs an option Dyad does not copy. */
        public boolean textCoded() {
            return source.startsWith("\"") || target.startsWith("\"");
        }
    }

    /** Discard tests expect nothing to be coded; other error tests are about PETRARCH's own input checks. */
    public boolean scored() {
        return error == null || error.endsWith("discard");
    }
}
