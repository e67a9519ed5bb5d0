package org.dyad.code.data;

import java.util.Arrays;
import java.util.List;

/**
 * One data row of a TSV file: its cells as written and the place it came from, so that a bad
 * value can be reported as {@code file:line: reason}.
 */
public record TsvRow(String file, int line, List<String> cells) {

    public TsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell without surrounding white space; empty when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    public String required(int column, String name) {
        String value = cell(column);
        if (value.isEmpty()) {
            throw error("empty " + name + " (column " + (column + 1) + ")");
        }
        return value;
    }

    /** A {@code |}-separated list; an empty cell is an empty list. */
    public List<String> list(int column) {
        String value = cell(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public double decimal(int column, String name) {
        try {
            return Double.parseDouble(required(column, name));
        } catch (NumberFormatException e) {
            throw error(name + " is not a number: '" + cell(column) + "'");
        }
    }

    public long integer(int column, String name) {
        try {
            return Long.parseLong(required(column, name));
        } catch (NumberFormatException e) {
            throw error(name + " is not an integer: '" + cell(column) + "'");
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
        throw error(name + " must be true or false: '" + value + "'");
    }

    /** An exception for the caller to throw, naming this row's file and line. */
    public DataFileException error(String reason) {
        return new DataFileException(file, line, reason);
    }
}
