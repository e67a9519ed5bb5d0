package org.dyad.watch;

import java.net.URI;

/**
 * The outcome of one polite fetch.
 *
 * @param url        what was asked for
 * @param finalUrl   where the content came from after redirects
 * @param httpStatus the last HTTP status, or 0 when no response arrived
 * @param body       decoded (gunzipped) bytes when {@code status} is OK, else empty
 * @param reason     why it failed or was not fetched; null when OK
 * @param retryable  a failure worth trying again next round (429, 5xx, timeout, network)
 */
public record Fetched(URI url, URI finalUrl, Status status, int httpStatus, byte[] body, String contentType,
        Validators validators, String reason, boolean retryable) {

    public enum Status { OK, NOT_MODIFIED, DISALLOWED, FAILED }

    static Fetched ok(URI url, URI finalUrl, int status, byte[] body, String contentType, Validators v) {
        return new Fetched(url, finalUrl, Status.OK, status, body, contentType, v, null, false);
    }

    static Fetched notModified(URI url, Validators v) {
        return new Fetched(url, url, Status.NOT_MODIFIED, 304, new byte[0], null, v, null, false);
    }

    static Fetched disallowed(URI url) {
        return new Fetched(url, url, Status.DISALLOWED, 0, new byte[0], null, Validators.NONE,
                "disallowed by robots.txt", false);
    }

    static Fetched failed(URI url, int status, String reason, boolean retryable) {
        return new Fetched(url, url, Status.FAILED, status, new byte[0], null, Validators.NONE, reason, retryable);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
