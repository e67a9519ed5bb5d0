package org.dyad.store;

import java.nio.file.Path;
import org.dyad.model.Document;
import org.dyad.store.bench.SyntheticEvents;

/** Child process for {@link CrashRecoveryTest}: ingests documents one by one, printing progress, until killed. */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        EventStore store = EventStore.open(Path.of(args[0]));
        int i = 0;
        for (Document d : SyntheticEvents.documents(n, CrashRecoveryTest.SEED)) {
            store.ingest(d);
            System.out.println("ingested " + ++i);
            System.out.flush();
        }
        store.close();
        System.out.println("done");
    }
}
