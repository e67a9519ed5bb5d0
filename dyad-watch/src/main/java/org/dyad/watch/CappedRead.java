package org.dyad.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a response body up to a byte cap and a deadline, so a huge or trickling page cannot hold a round. */
final class CappedRead {
    private CappedRead() {
    }

    /** Thrown when the deadline passes before the body ends. */
    static final class Late extends IOException {
        Late() {
            super("deadline passed");
        }
    }

    /** The bytes, or null when there are more than {@code cap}. */
    static byte[] read(InputStream in, long cap, long deadlineNanos) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > cap) {
                return null;
            }
            out.write(buf, 0, n);
            if (System.nanoTime() > deadlineNanos) {
                throw new Late();
            }
        }
        return out.toByteArray();
    }
}
