package org.dyad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.CertaintyFilter;
import org.dyad.store.EventStore;
import org.dyad.store.export.Exporter;
import org.dyad.store.export.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: the store as JSON Lines, CSV, Parquet or GDELT-style TSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the store out.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "jsonl, csv, parquet or gdelt")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Option(names = "--certainty", paramLabel = "LIST",
            description = "certainties to export, comma-separated (asserted, reported, hedged, intended, "
                    + "hypothetical, negated) or all; default all, except gdelt: all but negated and hypothetical")
    String certainty;

    @Override
    public Integer call() throws Exception {
        Format f = Format.of(format);
        CertaintyFilter filter = CertaintyFilter.parse(certainty, Exporter.defaultFilter(f));
        try (EventStore s = store.open(); OutputStream os = out == null ? System.out : Files.newOutputStream(out)) {
            Exporter.export(s, f, filter, os);
        }
        return 0;
    }
}
