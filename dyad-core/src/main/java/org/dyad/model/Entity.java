package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named or normalised mention. {@code type} is a CoreNLP-style label (PERSON, ORGANIZATION,
 * LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, TITLE, DATE, TIME, DURATION, MONEY…).
 *
 * @param value normalised ISO date/period for times, a number for MONEY, else null
 * @param unit  ISO-4217 currency code for MONEY, else null
 * @param actor the actor this mention stands for, when the coder resolved one
 */
public record Entity(
        String text,
        String type,
        int start,
        int end,
        String value,
        String unit,
        @JsonInclude(JsonInclude.Include.NON_NULL) Actor actor) {

    public Entity withActor(Actor a) {
        return new Entity(text, type, start, end, value, unit, a);
    }
}
