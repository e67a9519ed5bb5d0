package org.dyad.code.actor.kb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dyad's actor knowledge base: people with dated roles, organisations, companies and armed groups,
 * from the shipped {@code org/dyad/actors/actors.tsv} (built by {@code tools/actors/build.py}), any
 * overlay files (e.g. a Wikidata import) and a user's overrides. Names are looked up by
 * {@link NameKey}; a name's code is the role held on the day asked about. Immutable once built, so
 * one instance serves every document and thread.
 */
public final class ActorKnowledgeBase {
    /** Longest name, in tokens, that {@link #spanKey} probes. */
    public static final int MAX_TOKENS = 8;

    /**
     * Only reviewed rows (overrides, overlays, facts) answer to a bare surname: among Phoenix's
     * 18,000 people "Howard" or "James" names someone the article never meant. Their own one-word
     * aliases ("Putin") still count.
     */
    private static final int SURNAME_TIER = 2;

    private static volatile ActorKnowledgeBase shipped;

    private final List<ActorRow> rows;
    private final Map<String, int[]> index;
    private final Map<String, int[]> surnames;
    /** Surnames of every person row, whatever its tier: only a title and a day may use these. */
    private final Map<String, int[]> anySurnames;

    private ActorKnowledgeBase(List<ActorRow> rows) {
        this.rows = List.copyOf(rows);
        this.index = new HashMap<>(rows.size() * 6);
        this.surnames = new HashMap<>(rows.size() * 2);
        this.anySurnames = new HashMap<>(rows.size() * 2);
        Set<String> givenNames = givenNames(this.rows);
        for (int i = 0; i < this.rows.size(); i++) {
            ActorRow r = this.rows.get(i);
            for (String name : r.names()) {
                List<String> words = NameKey.words(name, false);
                add(index, String.join("", words), i);
                // "Crown Prince Abdullah" is not Abdullah Abdullah: a last name that other people
                // carry as a first name does not name this person alone
                if (r.kind() == ActorRow.Kind.PERSON && r.tier() <= SURNAME_TIER && !givenNames.contains(surnameKey(words))) {
                    add(surnames, surnameKey(words), i);
                }
                if (r.kind() == ActorRow.Kind.PERSON) {
                    add(anySurnames, surnameKey(words), i);
                }
            }
        }
    }

    /** First words of the person names of every tier ("abdullah", "mohamed", "sergei"). */
    private static Set<String> givenNames(List<ActorRow> rows) {
        Set<String> out = new HashSet<>();
        for (ActorRow r : rows) {
            if (r.kind() != ActorRow.Kind.PERSON) {
                continue;
            }
            for (String name : r.names()) {
                List<String> words = NameKey.words(name, false);
                if (words.size() >= 2) {
                    out.add(words.get(0));
                }
            }
        }
        return out;
    }

    /** The key of a person name's last word ("Sergei Shoigu" → shoigu); empty for one-word names. */
    private static String surnameKey(List<String> words) {
        if (words.size() < 2 || words.get(words.size() - 1).length() < 3) {
            return "";
        }
        return words.get(words.size() - 1);
    }

    /** The shipped base alone, read once per JVM on first use. */
    public static ActorKnowledgeBase shipped() {
        ActorKnowledgeBase kb = shipped;
        if (kb == null) {
            synchronized (ActorKnowledgeBase.class) {
                if (shipped == null) {
                    shipped = new ActorKnowledgeBase(ActorFiles.shipped());
                }
                kb = shipped;
            }
        }
        return kb;
    }

    /**
     * Starts reading the shipped base on a background thread, so it overlaps other start-up work
     * (CoreNLP's models); {@link #shipped()} then waits for it or finds it done.
     */
    public static void preload() {
        if (shipped == null) {
            Thread t = new Thread(ActorKnowledgeBase::shipped, "dyad-actor-kb-load");
            t.setDaemon(true);
            t.start();
        }
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

    private static void add(Map<String, int[]> index, String key, int row) {
        if (key.isEmpty()) {
            return;
        }
        int[] old = index.get(key);
        if (old == null) {
            index.put(key, new int[] {row});
        } else if (old[old.length - 1] != row) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = row;
            index.put(key, grown);
        }
    }

    public int size() {
        return rows.size();
    }

    public int names() {
        return index.size();
    }

    /**
     * Every row that has this name (any spelling with the same key), in file order; for a one-word
     * name also the people whose surname it is ("Shoigu" finds "Sergei Shoigu").
     */
    public List<ActorRow> rows(String name) {
        return rowsByKey(NameKey.of(name), NameKey.words(name, false).size() == 1);
    }

    /** @param orSurname also people whose last name has this key */
    public List<ActorRow> rowsByKey(String key, boolean orSurname) {
        int[] ids = index.get(key);
        int[] more = orSurname ? surnames.get(key) : null;
        if (ids == null && more == null) {
            return List.of();
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (int[] part : new int[][] {ids, more}) {
            if (part != null) {
                for (int id : part) {
                    all.add(id);
                }
            }
        }
        List<ActorRow> out = new ArrayList<>(all.size());
        for (int id : all) {
            out.add(rows.get(id));
        }
        return out;
    }

    /** Every person row, of any tier, whose last name is this one word ("Clinton"), in file order. */
    public List<ActorRow> peopleWithSurname(String surname) {
        int[] ids = anySurnames.get(NameKey.of(surname));
        if (ids == null) {
            return List.of();
        }
        List<ActorRow> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(rows.get(id));
        }
        return out;
    }

    /** True when some name (or, with {@code orSurname}, some person's surname) has this key. */
    public boolean knowsKey(String key, boolean orSurname) {
        return index.containsKey(key) || orSurname && surnames.containsKey(key);
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
