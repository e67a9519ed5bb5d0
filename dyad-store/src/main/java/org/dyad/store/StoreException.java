package org.dyad.store;

/** The store could not do what was asked (database or index failure); the message says what. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
