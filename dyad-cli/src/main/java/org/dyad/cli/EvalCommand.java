package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.clean.SkipException;
import org.dyad.code.petrarch.PetrarchDictionaries;
import org.dyad.code.petrarch.ValidationRecord;
import org.dyad.code.petrarch.ValidationRecords;
import org.dyad.code.petrarch.ValidationScore;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval}: scores Dyad against other coders' test sets. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score Dyad against reference codings.",
        subcommands = {EvalCommand.Petrarch.class, EvalPloverCommand.class, EvalMulticopedCommand.class,
            EvalGoldCommand.class, EvalTimexCommand.class})
final class EvalCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    /** {@code dyad eval petrarch}: PETRARCH validation records coded with PETRARCH dictionaries. */
    @Command(name = "petrarch", mixinStandardHelpOptions = true,
            description = "Code each sentence of a PETRARCH validation-records file with its dictionaries and compare.")
    static final class Petrarch implements Callable<Integer> {
        @Option(names = "--records", required = true, paramLabel = "FILE", description = "e.g. PETR.UnitTest.records.xml")
        Path records;

        @Option(names = "--dictionaries", required = true, paramLabel = "DIR", description = "folder with the PETRARCH dictionaries")
        Path dictionaries;

        @Option(names = "--mode", paramLabel = "replace|add", defaultValue = "replace",
                description = "replace: PETRARCH dictionaries only (default); add: on top of Dyad's lexicons")
        String mode;

        @Option(names = "--require-dyad", description = "drop events without both a source and a target, as PETRARCH does by default")
        boolean requireDyad;

        @Option(names = "--failures", description = "list every record with a missed or extra coding")
        boolean failures;

        private final Map<LocalDate, Pipeline> pipelines = new HashMap<>();

        @Override
        public Integer call() throws Exception {
            PetrarchDictionaries.Mode m;
            PetrarchDictionaries dicts;
            try {
                m = PetrarchDictionaries.Mode.parse(mode);
                dicts = PetrarchDictionaries.load(dictionaries);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
            }
            System.err.print(dicts.summary());
            ValidationRecords file = ValidationRecords.read(records);
            file.warnings().forEach(w -> System.err.println("warning: " + w));
            ValidationScore score = new ValidationScore();
            for (ValidationRecord r : file.records()) {
                List<Event> events = code(r, dicts, m);
                if (requireDyad) {
                    events = events.stream().filter(e -> e.source() != null && e.target() != null).toList();
                }
                score.add(r, events);
            }
            print(score, System.out);
            return 0;
        }

        private List<Event> code(ValidationRecord r, PetrarchDictionaries dicts, PetrarchDictionaries.Mode m) {
            if (dicts.discards().find(r.text()) != null) {
                return List.of();
            }
            RawDocument raw = RawDocument.text("petrarch:" + r.id(), r.text());
            if (r.date() != null) {
                raw = raw.withPublished(r.date().toString());
            }
            try {
                return dicts.finish(pipeline(r.date(), dicts, m).process(raw)).events();
            } catch (SkipException e) {
                System.err.println("warning: record " + r.id() + " skipped: " + e.getMessage());
                return List.of();
            }
        }

        /** One pipeline per story date, because PETRARCH actor codes can depend on it; CoreNLP is shared. */
        private Pipeline pipeline(LocalDate day, PetrarchDictionaries dicts, PetrarchDictionaries.Mode m) {
            return pipelines.computeIfAbsent(day == null ? LocalDate.MIN : day, k -> {
                PipelineBuilder b = new PipelineBuilder().anyLanguage(true).actors(dicts.actors(m, day)).triggers(dicts.triggers(m));
                return (m == PetrarchDictionaries.Mode.REPLACE ? b.withoutKnowledgeBase() : b).build();
            });
        }

        private void print(ValidationScore score, PrintStream out) {
            out.printf("%-10s %7s %8s %10s %6s %7s %6s %6s %8s %9s %6s%n", "category", "records", "expected", "reproduced",
                    "%", "loose", "%", "extra", "1-sided", "noevents", "text*");
            score.byCategory().forEach((cat, t) -> row(out, cat, t));
            row(out, "TOTAL", score.total());
            out.println("reproduced = same source, target and event code; loose = same parties (3 letters) and CAMEO root;");
            out.println("extra = Dyad events matching no expected coding (1-sided: of those, without source or target);");
            out.println("noevents = no-event records left empty / all;");
            out.println("text* = expected codings with quoted actor text (PETRARCH's new-actor option), not scored.");
            if (failures) {
                for (ValidationScore.Outcome o : score.outcomes()) {
                    if (!o.missed().isEmpty() || !o.extra().isEmpty() || o.record().noEvents() && !o.got().isEmpty()) {
                        out.printf("%s [%s] missed %s extra %s got %s%n  %s%n", o.record().id(), o.record().category(),
                                o.missed(), o.extra(), o.got(), o.record().text());
                    }
                }
            }
        }

        private static void row(PrintStream out, String cat, ValidationScore.Tally t) {
            out.printf("%-10s %7d %8d %10d %5.1f%% %7d %5.1f%% %6d %8d %4d/%-4d %6d%n", cat, t.records, t.expected,
                    t.reproduced, pct(t.reproduced, t.expected), t.loose, pct(t.loose, t.expected), t.extra, t.extraOneSided,
                    t.noEventCorrect, t.noEventRecords, t.textCoded);
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }
}
