package org.dyad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dyad.learn.CodedSentence;
import org.dyad.learn.CrossValidation;
import org.dyad.learn.EncodedSentence;
import org.dyad.learn.EncodingCache;
import org.dyad.learn.HeadTrainer;
import org.dyad.learn.LearnedModel;
import org.dyad.learn.SentenceEncoder;
import org.dyad.learn.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad train}: encodes the training set with the frozen MiniLM encoder, cross-validates the
 * heads, then trains them on everything and writes the weights file.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the learned coder's heads over the frozen MiniLM encoder: k-fold "
                + "cross-validated figures first, then the weights trained on the whole set.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "development data (default: ../shared/data)")
    Path data;

    @Option(names = "--drafted", paramLabel = "FILE", defaultValue = "data/training/drafted.tsv",
            description = "hand-coded sentence references (default: data/training/drafted.tsv)")
    Path drafted;

    @Option(names = "--gold", paramLabel = "PATH", description = "gold-set file or folder (repeatable): "
            + "its BBC articles are kept out of training (default: data/gold when present)")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "cross-validation folds; 0 skips (default: 5)")
    int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20260", description = "seed (default: 20260)")
    long seed;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "30", description = "passes per head (default: 30)")
    int epochs;

    @Option(names = "--tagger-epochs", paramLabel = "N", defaultValue = "10",
            description = "passes for the span tagger; 0 = act heads only, nothing written (default: 10)")
    int taggerEpochs;

    @Option(names = "--l2", paramLabel = "X", defaultValue = "1e-4", description = "L2 penalty of the sentence heads (default: 1e-4)")
    double l2;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "encoder threads (default: 2)")
    int threads;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "dyad-core/src/main/resources/org/dyad/learn/learned-coder.bin",
            description = "weights file to write (default: the one shipped in dyad-core)")
    Path out;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "keep encoded sentences in FILE between runs (experiments; e.g. /tmp/dyad-train.cache)")
    Path cache;

    @Option(names = "--no-write", description = "cross-validate only; leave the weights file alone")
    boolean noWrite;

    @Override
    public Integer call() throws Exception {
        Set<String> excluded = TrainingData.goldArticles(goldFiles());
        System.out.printf("gold articles kept out of training: %d%n", excluded.size());
        Map<String, List<CodedSentence>> corpora = TrainingData.assemble(data,
                Files.isRegularFile(drafted) ? drafted : null, excluded, w -> System.err.println("dyad: " + w));
        List<CodedSentence> sentences = new ArrayList<>();
        corpora.forEach((name, list) -> {
            System.out.printf("  %-11s %5d sentences%n", name, list.size());
            sentences.addAll(list);
        });
        List<EncodedSentence> encoded = encode(sentences);
        HeadTrainer trainer = new HeadTrainer(seed, epochs, taggerEpochs, l2);
        if (folds > 0) {
            long t0 = System.nanoTime();
            CrossValidation.Figures f = new CrossValidation(folds, trainer, seed).run(sentences, encoded);
            System.out.printf("%d-fold cross-validation (seed %d, %.0f s), held-out folds only:%n", folds, seed,
                    (System.nanoTime() - t0) / 1e9);
            System.out.print(f.render());
        }
        if (!noWrite && taggerEpochs > 0) {
            LearnedModel model = trainer.train(sentences, encoded);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                model.write(o);
            }
            System.out.printf("weights: %s (%d bytes), heads %s + spans%n", out, Files.size(out), model.heads().keySet());
        }
        return 0;
    }

    private List<Path> goldFiles() throws IOException {
        List<Path> roots = new ArrayList<>(gold);
        if (roots.isEmpty() && Files.isDirectory(Path.of("data/gold"))) {
            roots.add(Path.of("data/gold"));
        }
        List<Path> files = new ArrayList<>();
        for (Path r : roots) {
            if (Files.isDirectory(r)) {
                try (Stream<Path> s = Files.walk(r)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(r)) {
                files.add(r);
            } else {
                throw new IOException("no gold file or folder " + r);
            }
        }
        return files;
    }

    private List<EncodedSentence> encode(List<CodedSentence> sentences) throws Exception {
        if (cache == null) {
            return encodeAll(sentences);
        }
        Map<String, EncodedSentence> cached = EncodingCache.read(cache);
        List<CodedSentence> missing = sentences.stream().filter(s -> !cached.containsKey(s.text())).toList();
        if (!missing.isEmpty()) {
            List<EncodedSentence> fresh = encodeAll(missing);
            fresh.forEach(e -> cached.put(e.text(), e));
            EncodingCache.write(cache, cached.values());
        }
        System.out.printf("encodings: %d from %s, %d new%n", sentences.size() - missing.size(), cache, missing.size());
        return sentences.stream().map(s -> cached.get(s.text())).toList();
    }

    /** Encodes every sentence; each alone, so the thread count cannot change a vector. */
    private List<EncodedSentence> encodeAll(List<CodedSentence> sentences) throws Exception {
        long t0 = System.nanoTime();
        try (SentenceEncoder encoder = SentenceEncoder.load()) {
            double load = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<EncodedSentence>> futures = new ArrayList<>();
                for (CodedSentence s : sentences) {
                    futures.add(pool.submit(() -> encoder.encode(s.text())));
                }
                List<EncodedSentence> out = new ArrayList<>();
                for (Future<EncodedSentence> f : futures) {
                    out.add(f.get());
                }
                double secs = (System.nanoTime() - t1) / 1e9;
                System.out.printf("encoded %d sentences in %.1f s (%.0f/s, %d threads; model load %.1f s)%n",
                        out.size(), secs, out.size() / secs, threads, load);
                return out;
            } finally {
                pool.shutdown();
            }
        }
    }
}
