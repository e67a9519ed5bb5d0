package org.dyad.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * The two moves that keep an append-only JSON Lines file whole across kill -9: a line is written
 * in full and forced to disk before anyone relies on it, and a torn last line (the process died
 * while writing it) is cut before the file is read again, so it cannot glue itself to the next one.
 */
final class LineLog {
    private LineLog() {
    }

    /** Appends {@code line} and a newline at the channel's position, and forces it to disk. */
    static void append(FileChannel ch, String line) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        ch.force(false);
    }

    /** Cuts whatever follows the last newline (a channel opened for reading and writing). */
    static void cutTornTail(FileChannel ch) throws IOException {
        long size = ch.size();
        long keep = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (keep > 0) {
            one.clear();
            ch.read(one, keep - 1);
            if (one.get(0) == '\n') {
                break;
            }
            keep--;
        }
        if (keep < size) {
            ch.truncate(keep);
            ch.force(false);
        }
    }
}
