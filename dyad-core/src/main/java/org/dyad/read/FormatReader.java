package org.dyad.read;

import java.io.IOException;

/** Reads one container format (HTML, feed, WARC, JSONL, text) into documents. */
public interface FormatReader {

    /**
     * @param head the first bytes of the (decompressed) input, possibly fewer than asked for
     * @param name the input's file name, a hint only: content decides first
     */
    boolean accepts(byte[] head, String name);

    /**
     * Reports every document found to the sink. An IOException means the input broke part-way;
     * documents already reported stay reported and the caller records the input as failed.
     */
    void read(InputSource in, ReadSink sink) throws IOException;

    /** True for containers (WARC) whose records may carry binary payloads; others get a binary check first. */
    default boolean acceptsBinaryPayloads() {
        return false;
    }
}
