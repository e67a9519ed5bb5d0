package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.bench.BenchCorpus;
import org.dyad.bench.BenchTable;
import org.dyad.bench.DyadWorkload;
import org.dyad.bench.FullExtractBench;
import org.dyad.bench.HeapWatch;
import org.dyad.bench.Measurement;
import org.dyad.bench.ProcessStats;
import org.dyad.bench.StockCoreNlpWorkload;
import org.dyad.bench.ThroughputMeter;
import org.dyad.bench.TokenizeWorkload;
import org.dyad.bench.Workload;
import org.dyad.clean.DefaultArticleCleaner;
import org.dyad.model.CleanArticle;
import org.dyad.pipeline.PipelineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: in one process and on the same documents, the speed of tokenizing alone, of
 * CoreNLP's stock pipeline with the parser, of Dyad's annotate+code and of the full extract.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure documents/s, sentences/s and events/s of Dyad against CoreNLP's stock pipeline.",
            "Configurations: tokenize (tokenize+ssplit only, the floor), stock (CoreNLP default English + depparse),",
            "dyad (Dyad's annotate+code on clean text), dyad-full (read+clean+annotate+code+JSON, as extract)."})
final class BenchCommand implements Callable<Integer> {
    private static final List<String> CONFIGS = List.of("tokenize", "stock", "dyad", "dyad-full");

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "files or folders (read once, kept in memory)")
    List<String> inputs;

    @Option(names = "--threads", split = ",", paramLabel = "N", description = "thread counts to measure (default: 1,cores)")
    List<Integer> threads;

    @Option(names = "--limit", paramLabel = "N", description = "use the first N documents (default: all)")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--stock-limit", paramLabel = "N",
            description = "run the slow stock pipeline on the first N of those only (default: all of them)")
    int stockLimit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", description = "documents run first and not counted (default: ${DEFAULT-VALUE})")
    int warmup = 5;

    @Option(names = "--only", split = ",", paramLabel = "CONFIG",
            description = "configurations to run, by name or prefix: --only dyad runs dyad and dyad-full (default: all)")
    List<String> only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkOnly();
        PrintWriter out = spec.commandLine().getOut();
        String loadBefore = ProcessStats.loadAverage();
        progress("reading the corpus");
        BenchCorpus corpus = BenchCorpus.load(inputs, Math.max(1, limit), new DefaultArticleCleaner());
        if (corpus.articles().isEmpty()) {
            spec.commandLine().getErr().println("dyad: bench: no usable document in " + inputs);
            return 1;
        }
        out.printf(Locale.ROOT, "corpus: %d documents from %d files (%d skipped while reading)%s%n",
                corpus.articles().size(), corpus.files().size(), corpus.skipped(), selected("stock")
                        ? "; stock on the first " + Math.min(stockLimit, corpus.articles().size()) : "");
        out.printf(Locale.ROOT, "jvm: %d cores, max heap %d MB, %s; load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + Runtime.version(), loadBefore);
        out.flush();
        BenchTable table = new BenchTable();
        try (HeapWatch heap = new HeapWatch()) {
            ThroughputMeter meter = new ThroughputMeter(heap);
            if (selected("tokenize")) {
                inMemory(TokenizeWorkload::new, corpus.articles(), meter, table);
            }
            if (selected("stock")) {
                inMemory(StockCoreNlpWorkload::new, corpus.first(stockLimit), meter, table);
            }
            if (selected("dyad")) {
                inMemory(() -> new DyadWorkload(CoreNlpAnnotator.shared(), new PipelineBuilder().coder()),
                        corpus.articles(), meter, table);
            }
            if (selected(FullExtractBench.NAME)) {
                FullExtractBench full = new FullExtractBench(heap);
                for (int t : threadCounts()) {
                    // a fresh pipeline per run: the person registry starts empty every time
                    record(table, full.measure(new PipelineBuilder().build(), corpus.files(), t, warmup));
                }
            }
        }
        out.print(table.render());
        long peakHeap = table.rows().stream().mapToLong(Measurement::peakHeapBytes).max().orElse(0);
        out.printf(Locale.ROOT, "peak heap used: %d MB; peak RSS of the process (VmHWM, all configurations above): %s%n",
                peakHeap >> 20, ProcessStats.peakRss().stream().mapToObj(b -> (b >> 20) + " MB").findFirst().orElse("n/a"));
        out.printf(Locale.ROOT, "load average after: %s%n", ProcessStats.loadAverage());
        out.flush();
        return 0;
    }

    /** Loads a configuration (untimed), measures it at each thread count, then lets its models go. */
    private void inMemory(Supplier<Workload> load, List<CleanArticle> docs, ThroughputMeter meter, BenchTable table) {
        try (Workload workload = load.get()) {
            for (int t : threadCounts()) {
                record(table, meter.measure(workload, docs, t, warmup));
            }
        }
        // start the next configuration from a heap holding only what it needs (outside any timing)
        System.gc();
    }

    private void record(BenchTable table, Measurement m) {
        table.add(m);
        progress(String.format(Locale.ROOT, "%s, %d thread(s): %.1f sentences/s", m.config(), m.threads(),
                m.sentencesPerSecond()));
    }

    private void checkOnly() {
        for (String o : only == null ? List.<String>of() : only) {
            if (o.isEmpty() || CONFIGS.stream().noneMatch(c -> c.startsWith(o))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--only: unknown configuration '" + o + "' (one of " + CONFIGS + ")");
            }
        }
    }

    private boolean selected(String config) {
        return only == null || only.isEmpty() || only.stream().anyMatch(config::startsWith);
    }

    private List<Integer> threadCounts() {
        if (threads != null && !threads.isEmpty()) {
            return threads.stream().map(t -> Math.max(1, t)).distinct().toList();
        }
        return List.of(1, Runtime.getRuntime().availableProcessors()).stream().distinct().toList();
    }

    private void progress(String message) {
        spec.commandLine().getErr().println("bench: " + message);
        spec.commandLine().getErr().flush();
    }
}
