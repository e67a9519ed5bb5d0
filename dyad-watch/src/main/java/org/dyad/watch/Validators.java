package org.dyad.watch;

/** What a server said about a response's version, sent back so it can answer 304 Not Modified. Either may be null. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
