package org.dyad.read;

import java.util.List;
import org.dyad.model.RawDocument;

/** Reads one input in a small-heap child JVM and prints what happened: proof that memory stays bounded. */
public final class HugePageProbe {
    private HugePageProbe() {
    }

    public static void main(String[] args) {
        new SourceReader(ReadOptions.defaults()).read(List.of(args[0]), new ReadSink() {
            @Override
            public void document(RawDocument d) {
                System.out.println("document " + d.content().length());
            }

            @Override
            public void skipped(String origin, String reason) {
                System.out.println("skipped " + reason);
            }

            @Override
            public void failed(String input, String reason) {
                System.out.println("failed " + reason);
            }
        });
    }
}
