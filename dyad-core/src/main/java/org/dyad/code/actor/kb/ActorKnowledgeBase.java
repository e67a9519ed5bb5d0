package org.dyad.code.actor.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dyad's actor knowledge base: people with dated roles, organisations, companies and armed groups,
 * from the shipped {@code org/dyad/actors/actors.tsv} (built by {@code tools/actors/build.py}), any
 * overlay files (e.g. a Wikidata import) and a user's overrides. Names are looked up by
 * {@link NameKey}; a name's code is the role held on the day asked about. Immutable once built, so
 * one instance serves every document and thread.
 */
public final class ActorKnowledgeBase {
    public static final String RESOURCE = "/org/dyad/actors/actors.tsv";
    /** Longest name, in tokens, that {@link #spanKey} probes. */
    public static final int MAX_TOKENS = 8;

    private static volatile ActorKnowledgeBase shipped;

    private final List<ActorRow> rows;
    private final Map<String, int[]> index;

    private ActorKnowledgeBase(List<ActorRow> rows) {
        this.rows = List.copyOf(rows);
        this.index = index(this.rows);
    }

    /** The shipped base alone, read once per JVM on first use. */
    public static ActorKnowledgeBase shipped() {
        ActorKnowledgeBase kb = shipped;
        if (kb == null) {
            synchronized (ActorKnowledgeBase.class) {
                if (shipped == null) {
                    shipped = new ActorKnowledgeBase(shippedRows());
                }
                kb = shipped;
            }
        }
        return kb;
    }

    /**
     * The shipped base with extra files on top: overlays (files in the base's own format, such as
     * {@code dyad actors import} writes) win over shipped rows, overrides (a user's
     * {@code name, code, from, to, kind, note} TSV) win over everything.
     */
    public static ActorKnowledgeBase with(List<Path> files) {
        if (files.isEmpty()) {
            return shipped();
        }
        List<ActorRow> all = new ArrayList<>(shipped().rows);
        for (Path f : files) {
            all.addAll(ActorFiles.read(f));
        }
        return new ActorKnowledgeBase(all);
    }

    /** A base of the given rows only (tests, tools). */
    public static ActorKnowledgeBase of(List<ActorRow> rows) {
        return new ActorKnowledgeBase(rows);
    }

    private static List<ActorRow> shippedRows() {
        try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("actor knowledge base " + RESOURCE + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            return ActorFiles.parseBase(r, "actors.tsv", -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, int[]> index(List<ActorRow> rows) {
        Map<String, int[]> index = new HashMap<>(rows.size() * 6);
        for (int i = 0; i < rows.size(); i++) {
            for (String name : rows.get(i).names()) {
                String key = NameKey.of(name);
                if (key.isEmpty()) {
                    continue;
                }
                int[] old = index.get(key);
                if (old == null) {
                    index.put(key, new int[] {i});
                } else if (old[old.length - 1] != i) {
                    int[] grown = Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = i;
                    index.put(key, grown);
                }
            }
        }
        return index;
    }

    public int size() {
        return rows.size();
    }

    public int names() {
        return index.size();
    }

    /** Every row that has this name (any spelling with the same key), in file order. */
    public List<ActorRow> rows(String name) {
        return rowsByKey(NameKey.of(name));
    }

    public List<ActorRow> rowsByKey(String key) {
        int[] ids = index.get(key);
        if (ids == null) {
            return List.of();
        }
        List<ActorRow> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(rows.get(id));
        }
        return out;
    }

    public boolean knowsKey(String key) {
        return index.containsKey(key);
    }

    /** The key of tokens {@code from..to} (0-based, inclusive) from per-token keys ({@link NameKey#token}). */
    public static String spanKey(List<String> tokenKeys, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append(tokenKeys.get(i));
        }
        return sb.toString();
    }

    /**
     * What {@code name} was on {@code day} (null: no date known, the latest roles count).
     *
     * @param preferCountry the country the text ties the name to, used only to choose between
     *                      different actors of the same name; may be null
     */
    public Optional<KnownActor> lookup(String name, LocalDate day, String preferCountry) {
        return RoleChoice.choose(rows(name), day, preferCountry);
    }
}
