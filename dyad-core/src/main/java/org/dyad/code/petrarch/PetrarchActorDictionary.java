package org.dyad.code.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.model.Token;

/**
 * {@link ActorDictionary} over PETRARCH actor and agent dictionaries. Actor names match word
 * sequences ignoring case, longest first; an entry whose code is {@code A/B} gives one actor per
 * code on the same words. Codes restricted to periods are chosen for the day this view is for
 * ({@link #on}); without a day, the unrestricted code is used.
 *
 * <p>PETRARCH codes are not split into country and sectors: the whole code is the actor's base
 * code, its first three letters its party (IGO codes and {@code ---} have none). Agents give
 * sectors: after a name ("Gondor police" → GONCOP) through the coder's usual rules; right before
 * a name, or before "of"/"in"/"from" and a name, they are joined to it here ("President Romendacil" →
 * BREGOV, "ambassadors of Arnor" → ARNGOV, "MSF Arnor" → NGOARN for a prefix agent); and as a
 * noun far from any name they are a country-less actor ({@code ---GOV} for "a senior official"),
 * as PETRARCH codes them.
 */
public final class PetrarchActorDictionary implements ActorDictionary {
    /** How far (in tokens) a name keeps a lone agent from standing for an unknown actor. */
    private static final int NAME_REACH = 3;
    /** Words by which an agent governs the name after it ("ambassadors of Arnor", "activists in Arnor", "soldiers from Gondor"). */
    private static final Set<String> GOVERNING = Set.of("of", "in", "from");

    private final TokenTrie<ActorRecord> actors;
    private final TokenTrie<AgentRecord> agents;
    private final LocalDate day;

    private PetrarchActorDictionary(TokenTrie<ActorRecord> actors, TokenTrie<AgentRecord> agents, LocalDate day) {
        this.actors = actors;
        this.agents = agents;
        this.day = day;
    }

    public static PetrarchActorDictionary of(List<ActorRecord> actorRecords, List<AgentRecord> agentRecords) {
        TokenTrie<ActorRecord> a = new TokenTrie<>();
        for (ActorRecord r : actorRecords) {
            r.names().forEach(n -> a.add(n, r));
        }
        TokenTrie<AgentRecord> g = new TokenTrie<>();
        agentRecords.forEach(r -> g.add(r.words(), r));
        return new PetrarchActorDictionary(a, g, null);
    }

    /** The same dictionaries, choosing date-restricted codes for {@code newDay} (null: undated). */
    public PetrarchActorDictionary on(LocalDate newDay) {
        return new PetrarchActorDictionary(actors, agents, newDay);
    }

    @Override
    public List<Named> actors(List<Token> tokens) {
        List<String> words = tokens.stream().map(Token::word).toList();
        List<Named> names = new ArrayList<>();
        for (TokenTrie.Match<ActorRecord> m : actors.findAll(words)) {
            String name = String.join(" ", words.subList(m.start(), m.end()));
            for (String code : m.values().get(0).codesOn(day)) {
                names.add(new Named(m.start() + 1, m.end(), code, party(code), List.of(), kind(code), name));
            }
        }
        List<Named> out = new ArrayList<>(names);
        List<TokenTrie.Match<AgentRecord>> agentMatches = agentMatches(words, names);
        for (TokenTrie.Match<AgentRecord> g : agentMatches) {
            List<Named> governed = governed(words, names, g, agentMatches);
            if (!governed.isEmpty()) {
                out.removeAll(governed);
                // every name of a list spans from the agent, so the agent word (the phrase's head) stands for all
                governed.forEach(n -> out.add(withAgent(words, n, g)));
            } else if (isNoun(tokens, g.end()) && names.stream().noneMatch(n -> near(n, g))) {
                String name = String.join(" ", words.subList(g.start(), g.end()));
                out.add(new Named(g.start() + 1, g.end(), "---", null, List.of(g.values().get(0).code()), Kind.GROUP, name));
            }
        }
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        return out;
    }

    /**
     * The names an agent right before them qualifies, as PETRARCH joins them: "President Romendacil",
     * "MSF Arnor", "ambassadors of Arnor", "activists in Arnor"; a list of names takes the agent for
     * each ("ambassadors of Arnor, Osgiliath and Gondor"), and so do agents joined by "and"
     * ("lawmakers and officials in Fornost"). Every code of a multi-code name.
     */
    private static List<Named> governed(List<String> words, List<Named> names, TokenTrie.Match<AgentRecord> g,
            List<TokenTrie.Match<AgentRecord>> agents) {
        int next = g.end();
        if (next < words.size() && words.get(next).equalsIgnoreCase("and")) {
            for (TokenTrie.Match<AgentRecord> other : agents) {
                if (other.start() == next + 1) {
                    return governed(words, names, other, agents);
                }
            }
        }
        if (next < words.size() && GOVERNING.contains(words.get(next).toLowerCase(Locale.ROOT))) {
            next++;
            if (next < words.size() && words.get(next).equalsIgnoreCase("the")) {
                next++;
            }
        }
        List<Named> out = new ArrayList<>();
        int first = next + 1;
        while (true) {
            int at = first;
            List<Named> here = names.stream().filter(n -> n.first() == at).toList();
            if (here.isEmpty()) {
                return out;
            }
            out.addAll(here);
            first = afterListWord(words, here.get(0).last()) + 1;
        }
    }

    /** Index (0-based) past ", ", "and" or ", and" after a name ending at 1-based {@code last}, or -2 when none. */
    private static int afterListWord(List<String> words, int last) {
        int i = last;
        boolean comma = i < words.size() && words.get(i).equals(",");
        if (comma) {
            i++;
        }
        if (i < words.size() && words.get(i).equalsIgnoreCase("and")) {
            return i + 1;
        }
        return comma ? i : -2;
    }

    private static Named withAgent(List<String> words, Named n, TokenTrie.Match<AgentRecord> g) {
        AgentRecord a = g.values().get(0);
        int first = g.start() + 1;
        String text = String.join(" ", words.subList(first - 1, n.last()));
        if (a.prefix()) {
            return new Named(first, n.last(), a.code() + n.code(), n.country(), n.sectors(), n.kind(), text);
        }
        List<String> sectors = new ArrayList<>(n.sectors());
        sectors.add(a.code());
        return new Named(first, n.last(), n.code(), n.country(), sectors, n.kind(), text);
    }

    /** A lone agent stands for an actor only as a noun: "a senior official", not "an official visit". */
    private static boolean isNoun(List<Token> tokens, int end) {
        String pos = tokens.get(end - 1).pos();
        return pos == null || pos.startsWith("NN");
    }

    @Override
    public List<SectorWords> sectors(List<Token> tokens) {
        List<String> words = tokens.stream().map(Token::word).toList();
        List<SectorWords> out = new ArrayList<>();
        for (TokenTrie.Match<AgentRecord> g : agentMatches(words, List.of())) {
            out.add(new SectorWords(g.start() + 1, g.end(), List.of(g.values().get(0).code()), false));
        }
        return out;
    }

    /** Agent phrases that are not inside an actor name. */
    private List<TokenTrie.Match<AgentRecord>> agentMatches(List<String> words, List<Named> names) {
        List<TokenTrie.Match<AgentRecord>> out = new ArrayList<>();
        for (TokenTrie.Match<AgentRecord> g : agents.findAll(words)) {
            boolean inside = names.stream().anyMatch(n -> n.first() <= g.end() && n.last() >= g.start() + 1
                    && n.kind() != Kind.GROUP);
            if (!inside) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean near(Named n, TokenTrie.Match<AgentRecord> g) {
        return n.kind() != Kind.GROUP && n.first() <= g.end() + NAME_REACH && n.last() + NAME_REACH >= g.start() + 1;
    }

    /** The first three letters of a PETRARCH code name its country; IGOs and "---" have none. */
    static String party(String code) {
        if (code.length() < 3 || code.startsWith("IGO") || code.startsWith("---")) {
            return null;
        }
        return code.substring(0, 3);
    }

    private static Kind kind(String code) {
        return code.startsWith("IGO") ? Kind.IGO : Kind.COUNTRY;
    }
}
