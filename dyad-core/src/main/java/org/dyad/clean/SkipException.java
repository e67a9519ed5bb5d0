package org.dyad.clean;

/** A document that is deliberately not processed; the message is the reason shown to the user. */
public class SkipException extends Exception {
    private static final long serialVersionUID = 1L;

    public SkipException(String reason) {
        super(reason, null, false, false);
    }
}
