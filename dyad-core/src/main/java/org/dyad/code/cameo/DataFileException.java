package org.dyad.code.cameo;

/** A malformed row in one of the CAMEO data files; the message starts with {@code file:line:}. */
public class DataFileException extends RuntimeException {

    public DataFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
