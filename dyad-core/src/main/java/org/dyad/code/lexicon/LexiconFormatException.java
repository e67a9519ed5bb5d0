package org.dyad.code.lexicon;

/** A lexicon data file has a row that cannot be read; the message names the file and line. */
public class LexiconFormatException extends RuntimeException {
    private final String resource;
    private final int line;

    public LexiconFormatException(String resource, int line, String reason) {
        super(resource + ":" + line + ": " + reason);
        this.resource = resource;
        this.line = line;
    }

    public String resource() {
        return resource;
    }

    public int line() {
        return line;
    }
}
