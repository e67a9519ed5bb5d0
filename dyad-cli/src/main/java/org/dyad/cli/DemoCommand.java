package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad demo}: a fresh store from the bundled examples, then the web page. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled examples into a fresh store and serve the web page.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--examples", description = "folder of articles (default: ./examples/articles)")
    Path examples = Path.of("examples", "articles");

    @Option(names = "--db", description = "store directory, emptied first (default: ./dyad-demo)")
    Path db = Path.of("dyad-demo");

    @Option(names = "--port", description = "port (default: 7070)")
    int port = 7070;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(examples)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "no examples folder at " + examples.toAbsolutePath());
        }
        deleteTree(db);
        PipelineOptions options = new PipelineOptions();
        options.inputs = List.of(examples.toString());
        try (EventStore s = EventStore.open(db)) {
            IngestCommand.ingest(s, options);
            ServeCommand.serve(s, "127.0.0.1", port);
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
