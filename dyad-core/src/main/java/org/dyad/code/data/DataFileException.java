package org.dyad.code.data;

/** A data file has a row that cannot be read; the message starts with {@code file:line:}. */
public class DataFileException extends RuntimeException {
    private final String file;
    private final int line;

    public DataFileException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The 1-based line; 0 when the whole file is at fault (not found). */
    public int line() {
        return line;
    }
}
