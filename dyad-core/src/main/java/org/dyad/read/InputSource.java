package org.dyad.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * One opened input: a file, a gzip member stream or stdin.
 *
 * @param name shown in origins and reasons (the path as given, or "stdin")
 * @param stream positioned at the first byte (the head has not been consumed)
 * @param head the first bytes, for sniffing
 * @param compressedContainer true when {@code stream} is still gzip-compressed because the
 *     format reader decompresses itself (WARC offsets must be those of the compressed file)
 */
public record InputSource(String name, InputStream stream, byte[] head, boolean compressedContainer,
                          ReadOptions options) {

    /** The whole input, or {@link DocumentTooLargeException} once it passes the configured limit. */
    public byte[] readAll() throws IOException {
        return BoundedBytes.read(stream, options.maxDocumentBytes());
    }
}
