package org.dyad.code.time;

import java.time.LocalDate;

/** The day an event date stands for when a role must be chosen: the day, mid-month, or mid-year. */
public final class EventDays {
    private EventDays() {
    }

    /** "2019-03-04" → that day; "2019-03" → 2019-03-15; "2019" → 2019-07-01; anything else null. */
    public static LocalDate middle(String date) {
        try {
            if (date.length() >= 10) {
                return LocalDate.parse(date.substring(0, 10));
            }
            if (date.length() == 7) {
                return LocalDate.parse(date + "-15");
            }
            if (date.length() == 4) {
                return LocalDate.of(Integer.parseInt(date), 7, 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
