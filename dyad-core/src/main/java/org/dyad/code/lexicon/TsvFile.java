package org.dyad.code.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a lexicon TSV file from the classpath: UTF-8, one row a line, tab-separated,
 * {@code #} starts a comment line, blank lines are skipped. Every row must have between
 * {@code minColumns} and {@code maxColumns} fields; a bad row fails with its file and line,
 * because a silently dropped lexicon row is a wrong code later.
 */
public final class TsvFile {
    private TsvFile() {
    }

    public static List<TsvRow> read(String resource, int minColumns, int maxColumns) {
        try (InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LexiconFormatException(resource, 0, "not found on the classpath");
            }
            return read(resource, in, minColumns, maxColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<TsvRow> read(String resource, InputStream in, int minColumns, int maxColumns) throws IOException {
        List<TsvRow> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = List.of(line.split("\t", -1));
            if (fields.size() < minColumns || fields.size() > maxColumns) {
                String expected = minColumns == maxColumns ? "" + minColumns : minColumns + "-" + maxColumns;
                throw new LexiconFormatException(resource, number,
                        fields.size() + " tab-separated columns, expected " + expected + ": '" + line + "'");
            }
            rows.add(new TsvRow(resource, number, fields));
        }
        return rows;
    }

    /** Reads and converts every row; the converter reports bad values through {@link TsvRow#fail}. */
    public static <T> List<T> parse(String resource, int minColumns, int maxColumns, Function<TsvRow, T> converter) {
        return read(resource, minColumns, maxColumns).stream().map(converter).toList();
    }

    /** Like {@link #parse}, and fails on the second row whose {@code keyColumn} repeats an earlier one. */
    public static <T> List<T> parseUnique(String resource, int minColumns, int maxColumns, int keyColumn,
                                          Function<TsvRow, T> converter) {
        List<TsvRow> rows = read(resource, minColumns, maxColumns);
        Map<String, Integer> firstLine = new HashMap<>();
        for (TsvRow row : rows) {
            Integer earlier = firstLine.putIfAbsent(row.text(keyColumn), row.line());
            if (earlier != null) {
                throw row.fail("duplicate code " + row.text(keyColumn) + " (first on line " + earlier + ")");
            }
        }
        return rows.stream().map(converter).toList();
    }
}
