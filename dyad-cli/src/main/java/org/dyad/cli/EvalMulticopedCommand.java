package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.eval.MulticopedReader;
import org.dyad.eval.MulticopedScorer;
import org.dyad.eval.MulticopedSentence;
import org.dyad.eval.PentaClass;
import org.dyad.eval.RecordScore;
import org.dyad.eval.ScoreTable;
import org.dyad.eval.SentenceCoding;
import org.dyad.pipeline.PipelineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval multicoped}: five-class and dyad (span overlap) accuracy on Multi-CoPED sentences. */
@Command(name = "multicoped", mixinStandardHelpOptions = true,
        description = "Score the coder on Multi-CoPED: CAMEO five-class label (by event root) and "
                + "source/target by overlap with the gold actor spans.")
final class EvalMulticopedCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "folder with cameo_class/SPLIT.tsv and (optional) cameo_ner/SPLIT.txt")
    Path data;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "train", description = "train or test (default: train)")
    String split;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "score the first N labelled sentences (default: 1000)")
    int limit;

    @Option(names = "--misses", paramLabel = "FILE", description = "write sentences not fully right here (JSONL)")
    Path misses;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: cores)")
    Integer threads;

    @Option(names = "--progress", negatable = true, description = "progress bar on stderr (default: when a terminal)")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        List<MulticopedSentence> gold = readGold();
        var coding = new SentenceCoding(new PipelineBuilder().anyLanguage(true).build());
        List<SentenceCoding.Request> requests = gold.stream()
                .map(g -> new SentenceCoding.Request(split + ":" + g.line(), g.text(), null)).toList();
        long t0 = System.nanoTime();
        List<SentenceCoding.Result> results;
        try (Progress bar = Progress.open(progress != null ? progress : System.console() != null, "eval multicoped")) {
            results = coding.codeAll(requests, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    bar::step);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ScoreTable table = new ScoreTable("gold class", "class");
        MulticopedScorer scorer = new MulticopedScorer();
        List<Map<String, Object>> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            MulticopedSentence g = gold.get(i);
            RecordScore s = scorer.score(g, results.get(i).events());
            table.add(PentaClass.name(g.label()), s);
            if (!s.perfect()) {
                missed.add(miss(g, s, results.get(i)));
            }
        }
        System.out.printf("Multi-CoPED %s: %d sentences from %s (%d with gold actor spans); coded in %.1f s%n",
                split, gold.size(), data, gold.stream().filter(g -> !g.spans().isEmpty()).count(), seconds);
        System.out.println("class = some event's CAMEO root is in the gold class; dyad = source/target text "
                + "overlaps the gold S/T (or R) spans by a content word");
        System.out.print(table.render());
        if (misses != null) {
            EvalPloverCommand.writeJsonl(misses, missed);
            System.out.printf("%d sentences not fully right written to %s%n", missed.size(), misses);
        }
        return 0;
    }

    private List<MulticopedSentence> readGold() throws IOException {
        Path classes = data.resolve("cameo_class").resolve(split + ".tsv");
        Path ner = data.resolve("cameo_ner").resolve(split + ".txt");
        List<MulticopedSentence> gold;
        try (BufferedReader c = Files.newBufferedReader(classes, StandardCharsets.UTF_8);
                BufferedReader n = Files.isRegularFile(ner) ? Files.newBufferedReader(ner, StandardCharsets.UTF_8) : null) {
            if (n == null) {
                System.err.println("dyad: no " + ner + "; dyad accuracy is not scored");
            }
            gold = MulticopedReader.read(c, n, w -> System.err.println("dyad: " + classes + " " + w));
        }
        return gold.size() > limit ? gold.subList(0, Math.max(0, limit)) : gold;
    }

    private static Map<String, Object> miss(MulticopedSentence g, RecordScore s, SentenceCoding.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", g.line());
        m.put("text", g.text());
        m.put("gold", Map.of("class", PentaClass.name(g.label()), "spans",
                g.spans().stream().map(sp -> sp.role() + ": " + sp.text()).toList()));
        m.put("score", s);
        m.put("problem", r.problem());
        m.put("events", r.events().stream().map(EvalPloverCommand::brief).toList());
        return m;
    }
}
