package org.dyad.code.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated data files of this package: '#' starts a comment line, blank lines are
 * skipped, and the first non-comment line is a header naming the columns.
 */
final class TsvFile {

    /** One data row: its 1-based line number and its cells (trailing empty cells padded). */
    record Row(String file, int line, List<String> cells) {

        String cell(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        DataFileException error(String problem) {
            return new DataFileException(file, line, problem);
        }
    }

    private TsvFile() {
    }

    static List<Row> readResource(String name) {
        InputStream in = TsvFile.class.getResourceAsStream("/org/dyad/cameo/" + name);
        if (in == null) {
            throw new DataFileException("missing resource org/dyad/cameo/" + name, null);
        }
        try (in) {
            return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> readFile(Path path) {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> read(String file, BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            rows.add(new Row(file, lineNo, Arrays.asList(line.split("\t", -1))));
        }
        return rows;
    }
}
