package org.dyad.code.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.LexiconActorDictionary;
import org.dyad.code.cameo.LexiconCodeBook;
import org.dyad.code.trigger.LexiconTriggerDictionary;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.model.Document;

/**
 * The PETRARCH dictionaries found in one folder: every {@code *.actors.txt}, {@code *.agents.txt},
 * {@code *.verbs.txt} and {@code *.discards.txt}. In {@link Mode#ADD} mode they are asked before
 * Dyad's shipped lexicons; in {@link Mode#REPLACE} mode they stand alone (a kind of dictionary the
 * folder lacks keeps Dyad's).
 */
public final class PetrarchDictionaries {

    public enum Mode {
        REPLACE, ADD;

        public static Mode parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dictionaries mode must be 'replace' or 'add', not '" + s + "'");
            }
        }
    }

    private final List<Path> files;
    private final PetrarchActorDictionary actors;
    private final PetrarchTriggerDictionary verbs;
    private final DiscardFilter discards;
    private final List<String> warnings;
    private final int verbCount;
    private final int patternCount;
    private final Map<String, Integer> unmapped;
    private ActorDictionary shippedActors;
    private TriggerDictionary shippedTriggers;

    private PetrarchDictionaries(List<Path> files, PetrarchActorDictionary actors, PetrarchTriggerDictionary verbs,
            DiscardFilter discards, List<String> warnings, List<VerbFile> verbFiles) {
        this.files = List.copyOf(files);
        this.actors = actors;
        this.verbs = verbs;
        this.discards = discards;
        this.warnings = List.copyOf(warnings);
        this.verbCount = verbFiles.stream().mapToInt(VerbFile::verbCount).sum();
        this.patternCount = verbFiles.stream().mapToInt(VerbFile::patternCount).sum();
        Map<String, Integer> u = new TreeMap<>();
        verbFiles.forEach(f -> f.unmapped().forEach((k, v) -> u.merge(k, v, Integer::sum)));
        this.unmapped = Map.copyOf(u);
    }

    /** Reads the folder; throws IllegalArgumentException when it is not a folder or holds no dictionary. */
    public static PetrarchDictionaries load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + dir);
        }
        List<Path> found = list(dir);
        List<ActorRecord> actorRecords = new ArrayList<>();
        List<AgentRecord> agentRecords = new ArrayList<>();
        List<VerbFile> verbFiles = new ArrayList<>();
        List<DiscardFilter.Discard> discardList = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Path> used = new ArrayList<>();
        for (Path p : found) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".actors.txt")) {
                ActorFile f = ActorFile.read(p);
                actorRecords.addAll(f.records());
                warnings.addAll(f.warnings());
            } else if (name.endsWith(".agents.txt")) {
                AgentFile f = AgentFile.read(p);
                agentRecords.addAll(f.records());
                warnings.addAll(f.warnings());
            } else if (name.endsWith(".verbs.txt")) {
                VerbFile f = VerbFile.read(p);
                verbFiles.add(f);
                warnings.addAll(f.warnings());
            } else if (name.endsWith(".discards.txt")) {
                discardList.addAll(DiscardFilter.read(p).discards());
            } else {
                continue;
            }
            used.add(p);
        }
        if (used.isEmpty()) {
            throw new IllegalArgumentException("no *.actors.txt, *.agents.txt, *.verbs.txt or *.discards.txt in " + dir);
        }
        PetrarchActorDictionary a = actorRecords.isEmpty() && agentRecords.isEmpty() ? null
                : PetrarchActorDictionary.of(actorRecords, agentRecords);
        PetrarchTriggerDictionary v = verbFiles.isEmpty() ? null : PetrarchTriggerDictionary.of(verbFiles);
        return new PetrarchDictionaries(used, a, v, new DiscardFilter(discardList), warnings, verbFiles);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The actor dictionary to code with, choosing dated codes for {@code day}; null = keep Dyad's. */
    public ActorDictionary actors(Mode mode, LocalDate day) {
        if (actors == null) {
            return null;
        }
        ActorDictionary mine = actors.on(day);
        return mode == Mode.REPLACE ? mine : new CombinedActorDictionary(mine, shippedActors());
    }

    /** The trigger dictionary to code with; null = keep Dyad's. */
    public TriggerDictionary triggers(Mode mode) {
        if (verbs == null) {
            return null;
        }
        return mode == Mode.REPLACE ? verbs : new CombinedTriggerDictionary(verbs, shippedTriggers());
    }

    /** What the coder cannot do alone: the reverse half of paired codes, then discards. */
    public Document finish(Document doc) {
        Document d = verbs == null ? doc : new Reciprocals(verbs, LexiconCodeBook.shipped()).apply(doc);
        return discards.apply(d);
    }

    public DiscardFilter discards() {
        return discards;
    }

    public List<Path> files() {
        return files;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** One line per fact worth knowing about what was loaded. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("PETRARCH dictionaries: ").append(files.stream().map(p -> p.getFileName().toString()).toList()).append('\n');
        sb.append("  verbs: ").append(verbCount).append(" verbs, ").append(patternCount).append(" pattern lines");
        sb.append(verbs == null ? "" : ", " + verbs.lemmaCount() + " lemmas").append('\n');
        if (!unmapped.isEmpty()) {
            sb.append("  patterns Dyad cannot express (after synset expansion): ").append(unmapped).append('\n');
        }
        sb.append("  discards: ").append(discards.discards().size()).append('\n');
        sb.append("  warnings: ").append(warnings.size()).append('\n');
        return sb.toString();
    }

    private synchronized ActorDictionary shippedActors() {
        if (shippedActors == null) {
            shippedActors = LexiconActorDictionary.shipped();
        }
        return shippedActors;
    }

    private synchronized TriggerDictionary shippedTriggers() {
        if (shippedTriggers == null) {
            shippedTriggers = LexiconTriggerDictionary.shipped();
        }
        return shippedTriggers;
    }
}
