package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.annotate.TimeCues;
import org.dyad.eval.MeantimeDocument;
import org.dyad.eval.MeantimeReader;
import org.dyad.eval.TimexScorer;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CleanArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval timex}: time-expression value accuracy on MEANTIME's gold TIMEX3s. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Score Dyad's time expressions (SUTime anchored on the article date) against MEANTIME's "
                + "gold TIMEX3 values: DATE, TIME and DURATION, correct = same value on an overlapping expression.")
final class EvalTimexCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "the MEANTIME English folder (e.g. ../shared/data/meantime-wikinews-en); its "
                    + "intra-doc_annotation/**/*.xml are read")
    Path data;

    @Option(names = "--sutime", paramLabel = "windows|sentences|all", defaultValue = "windows",
            description = "windows: Dyad's default, SUTime on the tokens around each time cue; sentences: whole "
                    + "sentences that hold a cue; all: every whole sentence")
    String sutime;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "score the first N articles")
    int limit;

    @Option(names = "--misses", paramLabel = "FILE", description = "write every wrong or missed expression as JSON Lines")
    Path misses;

    @Override
    public Integer call() throws IOException {
        List<MeantimeDocument> docs = read();
        if (docs.isEmpty()) {
            System.err.println("dyad: no MEANTIME XML files under " + data.resolve("intra-doc_annotation"));
            return 1;
        }
        CoreNlpAnnotator annotator = annotator(sutime);
        TimexScorer scorer = new TimexScorer();
        List<TimexScorer.Miss> missed = new ArrayList<>();
        long started = System.nanoTime();
        for (MeantimeDocument d : docs) {
            CleanArticle article = new CleanArticle(d.name(), null, null, d.creationTime(), null, null, "en", d.text(),
                    List.of());
            AnnotatedArticle a = annotator.annotate(article, tokens -> false);
            missed.addAll(scorer.add(d, a.entities()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("MEANTIME: %d articles from %s, SUTime on %s; annotated in %.1f s (tagging and NER "
                + "included, no parsing; shared machine, noisy)%n", docs.size(), data, sutime, seconds);
        System.out.print(scorer.render());
        if (misses != null) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedWriter w = Files.newBufferedWriter(misses, StandardCharsets.UTF_8)) {
                for (TimexScorer.Miss m : missed) {
                    w.write(json.writeValueAsString(m));
                    w.newLine();
                }
            }
            System.out.println(missed.size() + " misses written to " + misses);
        }
        return 0;
    }

    private static CoreNlpAnnotator annotator(String mode) {
        return switch (mode) {
            case "windows" -> new CoreNlpAnnotator();
            case "sentences" -> new CoreNlpAnnotator(TimeCues::mayHoldTime);
            case "all" -> new CoreNlpAnnotator(tokens -> true);
            default -> throw new IllegalArgumentException("--sutime must be windows, sentences or all, not '" + mode + "'");
        };
    }

    private List<MeantimeDocument> read() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data.resolve("intra-doc_annotation"))) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().limit(limit).toList();
        }
        List<MeantimeDocument> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                out.add(MeantimeReader.read(f.getFileName().toString().replaceFirst("\\.xml$", ""), in));
            }
        }
        return out;
    }
}
