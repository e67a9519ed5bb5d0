package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.code.petrarch.PetrarchDictionaries;
import org.dyad.model.Document;
import org.dyad.pipeline.PipelineBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that run the pipeline (extract, ingest, bench). */
final class PipelineOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders, .gz, or '-' for stdin")
    List<String> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: cores)")
    Integer threads;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "date to read relative dates against when a document gives none")
    String date;

    @Option(names = "--lang", paramLabel = "any", description = "'any' keeps non-English documents (default: English only)")
    String lang;

    @Option(names = "--progress", negatable = true, description = "progress bar on stderr (default: when a terminal)")
    Boolean progress;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "person registry (TSV): read before the run, updated after it with people learnt from the text, in input order")
    Path registry;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "PETRARCH dictionaries (*.actors.txt, *.agents.txt, *.verbs.txt, *.discards.txt) to code with")
    Path dictionaries;

    @Option(names = "--dictionaries-mode", paramLabel = "add|replace", defaultValue = "add",
            description = "add: PETRARCH entries first, then Dyad's lexicons (default); replace: PETRARCH only")
    String dictionariesMode;

    @Mixin
    ActorFilesOption actors;

    private PipelineBuilder builder;
    private PetrarchDictionaries petrarch;

    PipelineBuilder builder() {
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--date must be YYYY-MM-DD");
        }
        builder = new PipelineBuilder().anyLanguage("any".equalsIgnoreCase(lang)).defaultDate(date)
                .registry(registry == null ? PersonRegistry.empty() : PersonRegistry.load(registry))
                .actorFiles(actors.files);
        if (dictionaries != null) {
            usePetrarch();
        }
        return builder;
    }

    /** Date-restricted PETRARCH actor codes need a day per document; extract uses the undated codes. */
    private void usePetrarch() {
        PetrarchDictionaries.Mode mode;
        try {
            mode = PetrarchDictionaries.Mode.parse(dictionariesMode == null ? "add" : dictionariesMode);
            petrarch = PetrarchDictionaries.load(dictionaries);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
        System.err.print(petrarch.summary());
        builder.actors(petrarch.actors(mode, null)).triggers(petrarch.triggers(mode));
        if (mode == PetrarchDictionaries.Mode.REPLACE && actors.files.isEmpty()) {
            builder.withoutKnowledgeBase(); // PETRARCH's actors alone, as asked
        }
    }

    /** What PETRARCH dictionaries add after coding (paired codes, discards); the document as is otherwise. */
    Document finish(Document doc) {
        return petrarch == null ? doc : petrarch.finish(doc);
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }

    List<String> inputs() {
        return inputs;
    }

    boolean progress() {
        return progress != null ? progress : System.console() != null;
    }

    /** The registry a run learns into (only with --registry), or null. */
    PersonRegistry registry() {
        return registry != null && builder != null ? builder.registry() : null;
    }

    void saveRegistry() throws IOException {
        if (registry != null && builder != null) {
            builder.registry().save(registry);
        }
    }
}
