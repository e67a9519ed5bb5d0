package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short SHA-256 hex digests: ids that are a function of content, so replays produce the same ids. */
final class ContentHash {
    private ContentHash() {
    }

    /** First 20 hex digits (80 bits) of SHA-256: collisions are negligible at news-archive scale. */
    static String of(String text) {
        return full(text).substring(0, 20);
    }

    static String full(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** A positive number from an id, for formats (GDELT) that want numeric event ids. */
    static long number(String id) {
        return Long.parseLong(full(id).substring(0, 15), 16);
    }
}
