package org.dyad.code.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A tab-separated data file, shipped on the classpath or given by the user. The format (also in
 * {@code org/dyad/lexicon/README.md}): UTF-8 (a leading byte-order mark is ignored), one row a line,
 * cells separated by one TAB; a line whose first non-blank character is {@code #} is a comment and
 * blank lines are skipped. A file read with {@link #headerRow()} has a column header as its first
 * other line. Rows keep their physical line numbers: events cite {@code triggers.tsv:LINE} as their
 * rule, so a row must be findable by the number an error or an event gives.
 *
 * <p>Instances are immutable settings; {@link #rows()} reads the file each time it is called.
 */
public final class TsvFile {
    private final String name;
    private final Source source;
    private final boolean headerRow;
    private final int minColumns;
    private final int maxColumns;

    /** Opens the file's text; a null reader means the file does not exist. */
    @FunctionalInterface
    interface Source {
        Reader open() throws IOException;
    }

    TsvFile(String name, Source source, boolean headerRow, int minColumns, int maxColumns) {
        this.name = name;
        this.source = source;
        this.headerRow = headerRow;
        this.minColumns = minColumns;
        this.maxColumns = maxColumns;
    }

    /** A file on the classpath, e.g. {@code org/dyad/lexicon/countries.tsv}; errors cite that path. */
    public static TsvFile resource(String path) {
        return new TsvFile(path, () -> {
            InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(path);
            return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        }, false, 1, Integer.MAX_VALUE);
    }

    /** A file on disk, typically the user's own; errors cite the path as given. */
    public static TsvFile file(Path path) {
        return new TsvFile(path.toString(), () -> Files.newBufferedReader(path, StandardCharsets.UTF_8),
                false, 1, Integer.MAX_VALUE);
    }

    /** The same file, whose first line that is not blank or a comment names the columns and is skipped. */
    public TsvFile headerRow() {
        return new TsvFile(name, source, true, minColumns, maxColumns);
    }

    /**
     * The same file, where a row with fewer than {@code min} or more than {@code max} cells fails,
     * because a silently dropped row of a shipped lexicon is a wrong code later.
     */
    public TsvFile columns(int min, int max) {
        return new TsvFile(name, source, headerRow, min, max);
    }

    /** Every data row in file order. Fails with {@link DataFileException} on a missing file or bad row. */
    public List<TsvRow> rows() {
        try (Reader reader = source.open()) {
            if (reader == null) {
                throw new DataFileException(name, 0, "not found on the classpath");
            }
            return read(new BufferedReader(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Reads and converts every row; the converter reports bad values through {@link TsvRow#error}. */
    public <T> List<T> parse(Function<TsvRow, T> converter) {
        return rows().stream().map(converter).toList();
    }

    /** Like {@link #parse}, and fails on the second row whose {@code keyColumn} repeats an earlier one. */
    public <T> List<T> parseUnique(int keyColumn, Function<TsvRow, T> converter) {
        List<TsvRow> rows = rows();
        Map<String, Integer> firstLine = new HashMap<>();
        for (TsvRow row : rows) {
            Integer earlier = firstLine.putIfAbsent(row.cell(keyColumn), row.line());
            if (earlier != null) {
                throw row.error("duplicate code " + row.cell(keyColumn) + " (first on line " + earlier + ")");
            }
        }
        return rows.stream().map(converter).toList();
    }

    private List<TsvRow> read(BufferedReader reader) throws IOException {
        List<TsvRow> rows = new ArrayList<>();
        boolean headerToSkip = headerRow;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (headerToSkip) {
                headerToSkip = false;
                continue;
            }
            rows.add(checked(new TsvRow(name, number, List.of(line.split("\t", -1))), line));
        }
        return rows;
    }

    private TsvRow checked(TsvRow row, String line) {
        int size = row.cells().size();
        if (size < minColumns || size > maxColumns) {
            String expected = minColumns == maxColumns ? "" + minColumns
                    : maxColumns == Integer.MAX_VALUE ? "at least " + minColumns : minColumns + "-" + maxColumns;
            throw row.error(size + " tab-separated columns, expected " + expected + ": '" + line + "'");
        }
        return row;
    }
}
