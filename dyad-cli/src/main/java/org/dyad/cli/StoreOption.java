package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", description = "store directory (default: ./dyad-data)")
    Path db = EventStore.DEFAULT_DIR;

    EventStore open() {
        return EventStore.open(db);
    }
}
