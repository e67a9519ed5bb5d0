package org.dyad.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory only up to a limit; past it, counts the rest without keeping it. */
final class BoundedBytes {
    private static final int CHUNK = 64 * 1024;

    private BoundedBytes() {
    }

    static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new DocumentTooLargeException(total + drain(in, buffer), limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Counts the remaining bytes so the reason can say how large the document really was. */
    private static long drain(InputStream in, byte[] buffer) throws IOException {
        long count = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            count += n;
        }
        return count;
    }
}
