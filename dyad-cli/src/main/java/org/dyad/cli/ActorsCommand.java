package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.code.actor.kb.ActorKnowledgeBase;
import org.dyad.code.actor.kb.ActorRow;
import org.dyad.code.actor.kb.KnownActor;
import org.dyad.code.actor.kb.Role;
import org.dyad.code.actor.kb.WikidataImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors}: look names up in the actor knowledge base and refresh it from Wikidata. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Look up and refresh Dyad's actor knowledge base (people, organisations, armed groups).",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Import.class})
final class ActorsCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    /** {@code dyad actors lookup NAME --date D}: the code on that day, its role and source row. */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Print the code NAME has on a date, the role and period that give it, and the source row.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "NAME", description = "a name as written in the news, e.g. \"Shoigu\" (words may be separate arguments)")
        List<String> words;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day asked about (default: latest knowledge)")
        String date;

        @Option(names = "--country", paramLabel = "ISO3", description = "the country the text ties the name to (tells namesakes apart)")
        String country;

        @CommandLine.Mixin
        ActorFilesOption actors;

        @Option(names = "--all", description = "also list every row with this name")
        boolean all;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintStream out = System.out;
            String name = String.join(" ", words);
            LocalDate day;
            try {
                day = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                spec.commandLine().getErr().println("dyad: --date wants YYYY-MM-DD, got " + date);
                return 2;
            }
            ActorKnowledgeBase kb = ActorKnowledgeBase.with(actors.files);
            Optional<KnownActor> k = kb.lookup(name, day, country);
            if (k.isEmpty()) {
                out.println(name + ": no code" + (kb.rows(name).isEmpty() ? " (name not in the knowledge base)"
                        : " on " + (day == null ? "the latest date" : day) + " (rows below; none holds, or namesakes disagree)"));
            } else {
                print(out, k.get());
            }
            if (all || k.isEmpty()) {
                for (ActorRow r : kb.rows(name)) {
                    out.println("  row " + r.source() + " [" + r.kind() + ", tier " + r.tier() + ", " + r.licence() + "] "
                            + r.name() + ": " + String.join(" ", r.roles().stream().map(Role::text).toList()));
                }
            }
            return k.isPresent() ? 0 : 1;
        }

        private static void print(PrintStream out, KnownActor k) {
            Role r = k.role();
            out.println("code    " + k.code() + (k.former() ? "  (former: every role ended before that day)" : ""));
            out.println("name    " + k.row().name() + " (" + k.row().kind() + ")");
            out.println("role    " + r.code() + (r.office() == null ? "" : " — " + r.office()) + ", " + r.period());
            out.println("source  " + k.row().source() + " (" + k.row().licence() + ")");
            out.println("rule    " + k.ruleText());
        }
    }

    /** {@code dyad actors import RESULT.json --out overlay.tsv}: a Wikidata SPARQL result to an overlay. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert a Wikidata SPARQL JSON result of office holders (query in tools/actors/README.md) "
                    + "into an overlay file for --actors.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RESULT.json", description = "W3C SPARQL 1.1 JSON results")
        Path result;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "overlay TSV to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            WikidataImport.Result r = WikidataImport.read(result);
            WikidataImport.write(r.rows(), out);
            System.err.println("dyad: " + r.bindings() + " bindings read, " + r.rows().size() + " roles written to " + out
                    + ", " + r.skipped().size() + " skipped");
            r.skipped().forEach(s -> System.err.println("  skipped " + s));
            return 0;
        }
    }
}
