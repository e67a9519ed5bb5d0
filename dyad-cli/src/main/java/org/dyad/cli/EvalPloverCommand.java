package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.code.cameo.CameoTable;
import org.dyad.eval.CameoExamples;
import org.dyad.eval.PloverGold;
import org.dyad.eval.PloverGoldReader;
import org.dyad.eval.PloverScorer;
import org.dyad.eval.RecordScore;
import org.dyad.eval.ScoreTable;
import org.dyad.eval.SentenceCoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad eval plover}: event type and dyad accuracy on the PLOVER gold records. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = "Score the coder on PLOVER gold records (PLOVER_GSR_CAMEO.json): event type, "
                + "CAMEO root, source/target country.")
final class EvalPloverCommand implements Callable<Integer> {
    @Option(names = "--records", required = true, paramLabel = "FILE", description = "PLOVER gold JSON array")
    Path records;

    @Option(names = "--limit", paramLabel = "N", description = "score only the first N records")
    Integer limit;

    @Option(names = "--cameo-examples", paramLabel = "FILE",
            description = "CAMEO codebook CSV with example sentences (cameo-codes.csv): gives the CAMEO "
                    + "code of the records that are codebook examples, for CAMEO root accuracy")
    Path cameoExamples;

    @Mixin
    EvalRunOptions run;

    @Override
    public Integer call() throws IOException {
        List<PloverGold> gold = readGold();
        List<SentenceCoding.Request> requests = gold.stream()
                .map(g -> new SentenceCoding.Request(g.id(), g.text(), g.date())).toList();
        EvalRunOptions.Coded coded = run.code(requests, "eval plover");
        List<SentenceCoding.Result> results = coded.results();
        ScoreTable table = new ScoreTable("gold event (old → new)", "PLOVER type");
        PloverScorer scorer = new PloverScorer();
        List<Map<String, Object>> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            PloverGold g = gold.get(i);
            SentenceCoding.Result r = results.get(i);
            RecordScore s = scorer.score(g, r.events());
            table.add(g.legacyEvent() + " → " + (g.event() == null ? "?" : g.event().event()), s);
            if (!s.perfect()) {
                missed.add(miss(g, s, r));
            }
        }
        System.out.printf("PLOVER gold: %d records from %s, %d with a CAMEO code; coded in %.1f s%n",
                gold.size(), records, gold.stream().filter(g -> g.cameo() != null).count(), coded.seconds());
        System.out.print(table.render());
        run.reportMisses(missed, "records");
        return 0;
    }

    private List<PloverGold> readGold() throws IOException {
        List<PloverGold> gold;
        try (InputStream in = Files.newInputStream(records)) {
            gold = new PloverGoldReader(CameoTable.load()).read(in, w -> System.err.println("dyad: " + w));
        }
        if (limit != null && limit < gold.size()) {
            gold = gold.subList(0, Math.max(0, limit));
        }
        if (cameoExamples == null) {
            return gold;
        }
        // Latin-1 never fails to decode; the file's mojibake sits only in punctuation the key ignores.
        CameoExamples examples = CameoExamples.parse(Files.readString(cameoExamples, StandardCharsets.ISO_8859_1));
        return gold.stream().map(g -> g.withCameo(examples.codeFor(g.text()).orElse(null))).toList();
    }

    private static Map<String, Object> miss(PloverGold g, RecordScore s, SentenceCoding.Result r) {
        Map<String, Object> gm = new LinkedHashMap<>();
        gm.put("event", g.event() == null ? null : g.event().event());
        gm.put("mode", g.event() == null ? null : g.event().mode());
        gm.put("legacy", g.legacyEvent() + (g.legacyMode() == null ? "" : "/" + g.legacyMode()));
        gm.put("cameo", g.cameo());
        gm.put("sources", g.sourceCountries());
        gm.put("targets", g.targetCountries());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("text", g.text());
        m.put("gold", gm);
        m.put("score", s);
        m.put("problem", r.problem());
        m.put("events", r.events().stream().map(EvalRunOptions::brief).toList());
        return m;
    }
}
