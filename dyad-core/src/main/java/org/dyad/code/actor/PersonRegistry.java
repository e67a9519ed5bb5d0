package org.dyad.code.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;
import org.dyad.model.Actor;

/**
 * People Dyad has seen named with a title and a country, so "Sergey Shoigu" stays RUSMIL in an
 * article that names him bare. Each entry keeps where it was first learnt (document, sentence,
 * date) and how often it was seen, and the file is plain TSV so an analyst can review and edit it:
 * <pre>name	code	country	sectors	seen	first_origin	first_sentence	first_date</pre>
 * <p>
 * Same input, same output: the coder only reads a {@link #snapshot()} taken before a run, and what
 * a document teaches ({@link Learnt}) is applied after it, in input order, by the run's own thread
 * ({@link #learn}). So documents of one run never see each other's lessons, whatever the thread
 * count or timing; the next run sees them all.
 */
public final class PersonRegistry {
    private static final String HEADER = "# name\tcode\tcountry\tsectors\tseen\tfirst_origin\tfirst_sentence\tfirst_date";

    private final Map<String, Entry> entries;

    private PersonRegistry(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** One learnt person. */
    public record Entry(String name, Actor actor, int seen, String origin, int sentence, String date) {
    }

    /** What one document taught: a person named with their country, in a sentence. */
    public record Learnt(String name, Actor actor, int sentence) {
    }

    public static PersonRegistry empty() {
        return new PersonRegistry(new TreeMap<>());
    }

    public static PersonRegistry load(Path file) {
        PersonRegistry r = empty();
        if (!Files.exists(file)) {
            return r;
        }
        for (TsvRow row : TsvFile.file(file).columns(8, Integer.MAX_VALUE).rows()) {
            List<String> sectors = row.list(3);
            String name = row.cell(0);
            Actor a = new Actor(name, row.cell(1), row.cell(2).isEmpty() ? null : row.cell(2),
                    sectors.isEmpty() ? null : sectors.get(0), sectors);
            r.entries.put(key(name), new Entry(name, a, (int) row.integer(4, "seen"), row.cell(5),
                    (int) row.integer(6, "first_sentence"), row.cell(7)));
        }
        return r;
    }

    /** A frozen copy for coders to read from any thread while this registry keeps learning. */
    public PersonRegistry snapshot() {
        return new PersonRegistry(Map.copyOf(entries));
    }

    public Optional<Actor> lookup(String name) {
        Entry e = entries.get(key(name));
        return e == null ? Optional.empty() : Optional.of(e.actor());
    }

    /** Applies what one document taught; call once per document, in input order, from one thread. */
    public void learn(String origin, String date, List<Learnt> lessons) {
        for (Learnt l : lessons) {
            entries.merge(key(l.name()), new Entry(l.name(), l.actor(), 1, origin, l.sentence(), date),
                    (old, neu) -> new Entry(old.name(), old.actor(), old.seen() + 1, old.origin(), old.sentence(), old.date()));
        }
    }

    public List<Entry> entries() {
        return new ArrayList<>(new TreeMap<>(entries).values());
    }

    /** Writes atomically: a crash never leaves half a registry. */
    public void save(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries()) {
            sb.append(e.name()).append('\t').append(e.actor().code()).append('\t')
                    .append(e.actor().country() == null ? "" : e.actor().country()).append('\t')
                    .append(String.join("|", e.actor().sectors())).append('\t').append(e.seen()).append('\t')
                    .append(e.origin()).append('\t').append(e.sentence()).append('\t')
                    .append(e.date() == null ? "" : e.date()).append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
