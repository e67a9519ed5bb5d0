package org.dyad.serve.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.store.CertaintyFilter;

/** Reads and checks query parameters; anything malformed is a 400 naming the parameter. */
final class Params {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final int MAX_TEXT = 500;

    private Params() {
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    /** Every non-blank value of a repeatable parameter ({@code actor=RUS&actor=IRN}), in order. */
    static List<String> texts(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            if (v != null && !v.isBlank()) {
                if (v.length() > MAX_TEXT) {
                    throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
                }
                out.add(v.strip());
            }
        }
        return out;
    }

    /** true or false (any case); absent means false. */
    static boolean bool(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiException.badRequest(name + " must be true or false");
    }

    static String requiredText(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            throw ApiException.badRequest(name + " is required");
        }
        return v;
    }

    /** An actor code (letters and digits), upper-cased. */
    static String requiredCode(Context ctx, String name) {
        String v = requiredText(ctx, name);
        if (!CODE.matcher(v).matches()) {
            throw ApiException.badRequest(name + " must be an actor code of letters and digits, e.g. RUS or IRNMIL");
        }
        return v.toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code certainty=asserted,reported,...} (or {@code all}); absent means {@code fallback}. */
    static CertaintyFilter certainty(Context ctx, CertaintyFilter fallback) {
        return CertaintyFilter.parse(text(ctx, "certainty"), fallback);
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }

    /**
     * A date as YYYY-MM-DD, YYYY-MM or YYYY. A month or year means its first day for a start
     * ({@code end} false) and its last day for an end.
     */
    static LocalDate date(Context ctx, String name, boolean end) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " is not a real date: " + v);
        }
        throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD, YYYY-MM or YYYY");
    }
}
