package org.dyad.code.petrarch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An actor code valid over a period, as PETRARCH writes it inside brackets: {@code [HOB]} (always),
 * {@code [HOB <950601]} (before), {@code [HOBREB >990816]} (after), {@code [HOBGOV 19950601-19990815]}
 * (inclusive range). Dates are YYYYMMDD or YYMMDD, where YY up to 30 means 20YY (PETRARCH's rule).
 *
 * @param from first day the code holds, or null
 * @param to   last day the code holds, or null
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    public boolean undated() {
        return from == null && to == null;
    }

    public boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Parses the inside of a code bracket; throws IllegalArgumentException with the reason. */
    public static DatedCode parse(String inside) {
        String s = inside.strip();
        int space = indexOfSpaceOrSign(s);
        String code = (space < 0 ? s : s.substring(0, space)).toUpperCase(Locale.ROOT);
        String rest = space < 0 ? "" : s.substring(space).replace(" ", "");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("empty code in [" + inside + "]");
        }
        if (rest.isEmpty()) {
            return new DatedCode(code, null, null);
        }
        if (rest.startsWith("<")) {
            return new DatedCode(code, null, date(rest.substring(1)).minusDays(1));
        }
        if (rest.startsWith(">")) {
            return new DatedCode(code, date(rest.substring(1)).plusDays(1), null);
        }
        int dash = rest.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("unreadable date restriction in [" + inside + "]");
        }
        return new DatedCode(code, date(rest.substring(0, dash)), date(rest.substring(dash + 1)));
    }

    private static int indexOfSpaceOrSign(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '<' || c == '>') {
                return i;
            }
        }
        return -1;
    }

    static LocalDate date(String digits) {
        try {
            if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                String century = yy <= 30 ? "20" : "19";
                return LocalDate.parse(century + digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4, 6));
            }
            if (digits.length() == 8) {
                return LocalDate.parse(digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + digits + "'", e);
        }
        throw new IllegalArgumentException("bad date '" + digits + "' (want YYYYMMDD or YYMMDD)");
    }
}
