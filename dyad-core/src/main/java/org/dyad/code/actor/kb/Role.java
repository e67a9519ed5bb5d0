package org.dyad.code.actor.kb;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One code an actor holds, over a period when dated: {@code RUSGOV@2012-05-07..=President_of_Russia}.
 * Written in the knowledge base as {@code CODE[@FROM..TO][=OFFICE]}; either date may be empty (open),
 * no dates at all means the code always holds (a default, as in PETRARCH's undated codes).
 *
 * @param from   first day, or null
 * @param to     last day (inclusive), or null
 * @param office the office or description, or null
 */
public record Role(String code, LocalDate from, LocalDate to, String office) {

    public boolean undated() {
        return from == null && to == null;
    }

    public boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** True when the role was over before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return to != null && day.isAfter(to);
    }

    /** Parses one role; throws IllegalArgumentException saying what is wrong. */
    public static Role parse(String text) {
        String s = text.strip();
        String office = null;
        int eq = s.indexOf('=');
        if (eq >= 0) {
            office = s.substring(eq + 1).replace('_', ' ');
            s = s.substring(0, eq);
        }
        int at = s.indexOf('@');
        String code = (at < 0 ? s : s.substring(0, at)).toUpperCase(Locale.ROOT);
        if (!validCode(code)) {
            throw new IllegalArgumentException("bad actor code '" + code + "' in role '" + text + "'");
        }
        if (at < 0) {
            return new Role(code, null, null, office);
        }
        String range = s.substring(at + 1);
        int dots = range.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("role '" + text + "' wants CODE@FROM..TO");
        }
        return new Role(code, day(range.substring(0, dots)), day(range.substring(dots + 2)), office);
    }

    /** 3 to 15 capital letters or dashes (a CAMEO code; "---" for no country). */
    private static boolean validCode(String code) {
        if (code.length() < 3 || code.length() > 15) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** YYYY-MM-DD, read by hand: the base holds some 60,000 of them and LocalDate.parse is slow. */
    private static LocalDate day(String s) {
        String d = s.strip();
        if (d.isEmpty()) {
            return null;
        }
        if (d.length() != 10 || d.charAt(4) != '-' || d.charAt(7) != '-') {
            throw new IllegalArgumentException("bad date '" + s + "' (want YYYY-MM-DD)");
        }
        try {
            return LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10),
                    Integer.parseInt(d, 8, 10, 10));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad date '" + s + "'", e);
        }
    }

    /** The role as the knowledge base writes it. */
    public String text() {
        String dates = undated() ? "" : "@" + (from == null ? "" : from) + ".." + (to == null ? "" : to);
        return code + dates + (office == null ? "" : "=" + office.replace(' ', '_'));
    }

    /** "2012-05-07..2024-05-11", "from 2024-05-12", "always". */
    public String period() {
        if (undated()) {
            return "undated";
        }
        return (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }
}
