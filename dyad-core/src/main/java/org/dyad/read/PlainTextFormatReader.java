package org.dyad.read;

import java.io.IOException;
import org.dyad.model.RawDocument;

/** Anything else that is text: one document per input; the cleaner finds headline and dateline. */
public final class PlainTextFormatReader implements FormatReader {

    @Override
    public boolean accepts(byte[] head, String name) {
        return true;
    }

    @Override
    public void read(InputSource in, ReadSink sink) throws IOException {
        sink.document(RawDocument.text(in.name(), TextDecoder.decode(in.readAll(), null)));
    }
}
