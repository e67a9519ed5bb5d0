package org.dyad.code.lexicon;

import java.util.Arrays;
import java.util.List;

/** One data row of a lexicon TSV file, with the place it came from for error messages. */
public record TsvRow(String resource, int line, List<String> fields) {

    public TsvRow {
        fields = List.copyOf(fields);
    }

    public String text(int column) {
        return column < fields.size() ? fields.get(column).trim() : "";
    }

    public String required(int column, String name) {
        String value = text(column);
        if (value.isEmpty()) {
            throw fail("empty " + name + " (column " + (column + 1) + ")");
        }
        return value;
    }

    /** A {@code |}-separated list; an empty field is an empty list. */
    public List<String> list(int column) {
        String value = text(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public double decimal(int column, String name) {
        try {
            return Double.parseDouble(required(column, name));
        } catch (NumberFormatException e) {
            throw fail(name + " is not a number: '" + text(column) + "'");
        }
    }

    public long integer(int column, String name) {
        try {
            return Long.parseLong(required(column, name));
        } catch (NumberFormatException e) {
            throw fail(name + " is not an integer: '" + text(column) + "'");
        }
    }

    public boolean bool(int column, String name) {
        String value = required(column, name);
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw fail(name + " must be true or false: '" + value + "'");
    }

    public LexiconFormatException fail(String reason) {
        return new LexiconFormatException(resource, line, reason);
    }
}
