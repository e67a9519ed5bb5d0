package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.dyad.eval.gold.CodedEvent;
import org.dyad.eval.gold.GoldCoding;
import org.dyad.eval.gold.GoldEvent;
import org.dyad.eval.gold.GoldScorer;
import org.dyad.eval.gold.GoldSentence;
import org.dyad.eval.gold.GoldSetReader;
import org.dyad.learn.LearnedCoder;
import org.dyad.learn.LearnedEvents;
import org.dyad.pipeline.PipelineBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad eval gold}: precision, recall and F1 on Dyad's own hand-coded real-article sentences. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = "Score the coder on the hand-coded BBC gold sentences (data/gold, coding guide in "
                + "docs/coding-guide.md): P/R/F1 of root + source + target (party and strict), root only, "
                + "sentence detection, certainty agreement. The articles are read from --data at run time.")
final class EvalGoldCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "data/gold/bbc-gold.jsonl",
            description = "gold set, JSON Lines (default: ${DEFAULT-VALUE})")
    Path gold;

    @Option(names = "--data", paramLabel = "DIR",
            description = "root of the BBC data set, holding bbc/politics... (e.g. ../shared/data/bbc-news-fulltext)")
    Path data;

    @Option(names = "--against", paramLabel = "FILE",
            description = "score another coding of the same sentences (gold format) instead of running the "
                    + "pipeline, e.g. the first coding pass: the set's own agreement")
    Path against;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2005-01-01",
            description = "publication date given to every article (default: ${DEFAULT-VALUE}): the BBC files carry "
                    + "none, their stories are from 2004-05, and the gold coding takes offices as of then "
                    + "(Labour governing); 'none' for no date")
    String date;

    @Option(names = "--limit", paramLabel = "N", description = "score only the sentences of the first N articles")
    Integer limit;

    @Option(names = "--coder", paramLabel = "NAME[,NAME]", defaultValue = "rules",
            description = "one or more (comma-separated, scored one after the other on one pipeline run; "
                    + "--misses then holds the last): rules (default), learned (the learned heads alone, parties coded through the rules' "
                    + "entities), or combined (rules events in sentences the learned detector accepts, the learned "
                    + "event where the rules found none)")
    String coder;

    @Mixin
    EvalRunOptions run;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((data == null) == (against == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --data DIR and --against FILE");
        }
        List<GoldSentence> sentences = limit(GoldSetReader.read(gold));
        List<List<CodedEvent>> otherCoding = new ArrayList<>();
        List<GoldCoding.Result> results = null;
        long t0 = System.nanoTime();
        if (against != null) {
            Map<String, GoldSentence> other = new LinkedHashMap<>();
            GoldSetReader.read(against).forEach(s -> other.put(s.id(), s));
            for (GoldSentence s : sentences) {
                GoldSentence o = other.get(s.id());
                otherCoding.add(o == null ? List.of() : o.events().stream().map(CodedEvent::of).toList());
            }
        } else {
            results = code(sentences);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (String choice : results == null ? List.of("rules") : List.of(coder.split(","))) {
            List<List<CodedEvent>> coded = results == null ? otherCoding : choose(results, choice.strip());
            GoldScorer scorer = new GoldScorer();
            List<Map<String, Object>> missed = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                GoldScorer.SentenceScore s = scorer.add(sentences.get(i).events(), coded.get(i));
                if (!s.perfect() || results != null && results.get(i).problem() != null) {
                    missed.add(miss(sentences.get(i), coded.get(i), s, results == null ? null : results.get(i),
                            "rules".equalsIgnoreCase(choice.strip())));
                }
            }
            print(System.out, sentences, results, scorer, seconds, choice.strip());
            run.reportMisses(missed, "sentences");
        }
        return 0;
    }

    private List<GoldSentence> limit(List<GoldSentence> all) {
        if (limit == null) {
            return all;
        }
        Set<String> articles = new LinkedHashSet<>();
        List<GoldSentence> out = new ArrayList<>();
        for (GoldSentence s : all) {
            if (articles.contains(s.path()) || articles.size() < limit && articles.add(s.path())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Each sentence's events as the chosen coder gives them. */
    private List<List<CodedEvent>> choose(List<GoldCoding.Result> results, String coder) {
        LearnedEvents.Coder choice;
        try {
            choice = LearnedEvents.Coder.valueOf(coder.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--coder: rules, learned or combined");
        }
        if (choice == LearnedEvents.Coder.RULES) {
            return results.stream().map(r -> r.events().stream().map(CodedEvent::of).toList()).toList();
        }
        List<List<CodedEvent>> out = new ArrayList<>();
        try (LearnedCoder learned = LearnedCoder.load()) {
            for (GoldCoding.Result r : results) {
                GoldCoding.BodySentence b = r.body();
                out.add(b == null ? List.of() : LearnedEvents.events(choice, learned.code(b.text()), b.text(),
                        b.entities(), r.events()));
            }
        }
        return out;
    }

    private List<GoldCoding.Result> code(List<GoldSentence> sentences) {
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data: not a folder: " + data);
        }
        GoldCoding coding = new GoldCoding(new PipelineBuilder().anyLanguage(true).build(), data,
                "none".equals(date) ? null : java.time.LocalDate.parse(date).toString());
        int threads = run.threads == null ? Runtime.getRuntime().availableProcessors() : run.threads;
        try (Progress bar = Progress.open(run.progress != null ? run.progress : System.console() != null, "eval gold")) {
            return coding.codeAll(sentences, threads, bar::step);
        }
    }

    private void print(PrintStream out, List<GoldSentence> sentences, List<GoldCoding.Result> results,
            GoldScorer scorer, double seconds, String coder) {
        long articles = sentences.stream().map(GoldSentence::path).distinct().count();
        long withEvents = sentences.stream().filter(s -> !s.events().isEmpty()).count();
        out.printf("Gold set %s: %d sentences (%d with events, %d events) from %d articles; coder: %s (%.1f s)%n",
                gold, sentences.size(), withEvents, scorer.party().gold(), articles,
                against != null ? against : "Dyad pipeline (" + coder + ") on " + data, seconds);
        if (results != null) {
            Map<String, Integer> problems = new LinkedHashMap<>();
            results.stream().filter(r -> r.problem() != null)
                    .forEach(r -> problems.merge(r.problem().replaceAll(":.*", ""), 1, Integer::sum));
            out.println(problems.isEmpty() ? "every sentence found in its article" : "not scored as usual: " + problems);
        }
        out.printf("%-30s %7s %5s %5s %9s %6s %5s%n", "level", "matched", "gold", "coded", "precision", "recall", "F1");
        row(out, "root+source+target (party)", scorer.party());
        row(out, "root+source+target (strict)", scorer.strict());
        row(out, "root only", scorer.root());
        row(out, "sentence has an event", scorer.detection());
        out.println("per CAMEO root (party level): root gold/coded/matched");
        StringBuilder roots = new StringBuilder();
        new TreeMap<>(scorer.byRoot()).forEach((root, t) -> roots.append(String.format("  %s %d/%d/%d", root,
                t.gold(), t.coded(), t.matched())));
        out.println(roots.toString().strip());
        int matched = scorer.party().matched();
        out.printf("certainty agreement: %d of %d party-level matches (%.3f)%n", scorer.certaintyAgreed(), matched,
                matched == 0 ? 0.0 : (double) scorer.certaintyAgreed() / matched);
        out.println("party = country (ISO-3) or IGO/NGO code's first 9 letters; strict = ISO-3 + first sector or the whole "
                + "IGO code; a symmetric gold act also matches reversed. Coding guide: docs/coding-guide.md");
    }

    private static void row(PrintStream out, String name, GoldScorer.Tally t) {
        out.printf("%-30s %7d %5d %5d %9.3f %6.3f %5.3f%n", name, t.matched(), t.gold(), t.coded(), t.precision(),
                t.recall(), t.f1());
    }

    private static Map<String, Object> miss(GoldSentence g, List<CodedEvent> coded, GoldScorer.SentenceScore s,
            GoldCoding.Result r, boolean rulesEvents) {
        Set<Integer> used = new LinkedHashSet<>();
        IntStream.of(s.partyMatches()).filter(j -> j >= 0).forEach(used::add);
        List<Map<String, Object>> missedGold = new ArrayList<>();
        for (int i = 0; i < g.events().size(); i++) {
            if (s.partyMatches()[i] < 0) {
                missedGold.add(goldEvent(g.events().get(i)));
            }
        }
        List<Object> falseAlarms = new ArrayList<>();
        List<Object> found = new ArrayList<>();
        for (int j = 0; j < coded.size(); j++) {
            // The rules' events line up with the coded ones; another coder's are listed as scored.
            Object e = r != null && rulesEvents ? EvalRunOptions.brief(r.events().get(j)) : coded.get(j);
            (used.contains(j) ? found : falseAlarms).add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("path", g.path());
        m.put("text", r == null ? null : r.text());
        m.put("problem", r == null ? null : r.problem());
        m.put("missed", missedGold);
        m.put("false_alarms", falseAlarms);
        m.put("matched", found);
        return m;
    }

    private static Map<String, Object> goldEvent(GoldEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cameo", e.cameo());
        m.put("source", e.source());
        m.put("target", e.target());
        m.put("certainty", e.certainty());
        m.put("attribution", e.attribution());
        m.put("trigger", e.trigger());
        return m;
    }
}
