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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    EvalRunOptions run;

    @Override
    public Integer call() throws IOException {
        List<MulticopedSentence> gold = readGold();
        List<SentenceCoding.Request> requests = gold.stream()
                .map(g -> new SentenceCoding.Request(split + ":" + g.line(), g.text(), null)).toList();
        EvalRunOptions.Coded coded = run.code(requests, "eval multicoped");
        List<SentenceCoding.Result> results = coded.results();
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
                split, gold.size(), data, gold.stream().filter(g -> !g.spans().isEmpty()).count(), coded.seconds());
        System.out.println("class = some event's CAMEO root is in the gold class; dyad = source/target text "
                + "overlaps the gold S/T (or R) spans by a content word");
        System.out.print(table.render());
        run.reportMisses(missed, "sentences");
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
        m.put("events", r.events().stream().map(EvalRunOptions::brief).toList());
        return m;
    }
}
