package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorDictionary.Named;
import org.dyad.code.actor.ActorDictionary.SectorWords;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * Finds the actors an article names. Countries, capitals, seats of power, IGOs and institutions
 * come from the {@link ActorDictionary}; people get their country and sector from the words around
 * their name ("Iranian Ambassador to Moscow Kazem Jalali" → IRNGOV) and keep them when named again
 * ("Bagheri", "General Bagheri"). A country word joined to a body word becomes one sectored actor
 * ("the Iranian army" → IRNMIL).
 */
public final class ActorResolver {
    /** Prepositions after which a place is a destination or location, not the person's country. */
    private static final Set<String> NOT_NATIONALITY = Set.of("to", "in", "at", "from", "into", "toward", "towards");
    private static final int BODY_REACH = 3;

    private final ActorDictionary dictionary;
    private final PersonRegistry registry;

    public ActorResolver(ActorDictionary dictionary, PersonRegistry registry) {
        this.dictionary = dictionary;
        this.registry = registry;
    }

    public ArticleActors resolve(AnnotatedArticle article) {
        Map<String, Actor> people = new HashMap<>();
        List<PersonRegistry.Learnt> learnt = new ArrayList<>();
        List<List<ActorMention>> out = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            out.add(resolve(s, people, learnt));
        }
        return new ArticleActors(out, learnt);
    }

    private List<ActorMention> resolve(AnnotatedSentence s, Map<String, Actor> people, List<PersonRegistry.Learnt> learnt) {
        List<Token> tokens = s.tokens();
        List<Named> named = outsideLongerNames(tokens, dictionary.actors(tokens));
        List<SectorWords> sectors = dictionary.sectors(tokens);
        List<ActorMention> mentions = new ArrayList<>();
        boolean[] absorbed = new boolean[tokens.size() + 2];
        for (int[] run : personRuns(tokens, named)) {
            ActorMention m = person(s, run[0], run[1], named, sectors, people, absorbed, learnt);
            if (m != null) {
                mentions.add(m);
            }
        }
        for (Named n : named) {
            if (!absorbed[n.first()]) {
                mentions.add(withBody(s, n, sectors, tokens));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return mentions;
    }

    /**
     * A capital, seat or country that is only part of a longer name names no state: "Jordan
     * Henderson" and "Paris Hilton" are people, "Morgan Stanley" is a bank, not the Falklands'
     * capital. A place that opens an organisation's name still tells where it is from ("Baghdad
     * University", "Tehran Times"), and countries and demonyms inside organisation names ("Russian
     * Defence Ministry", "Bank of England") tell whose body it is, so those stay.
     */
    private static List<Named> outsideLongerNames(List<Token> tokens, List<Named> named) {
        return named.stream().filter(n -> !insideLongerName(tokens, n)).toList();
    }

    private static boolean insideLongerName(List<Token> tokens, Named n) {
        String ner = tokens.get(n.first() - 1).ner();
        boolean place = n.kind() == Kind.CAPITAL || n.kind() == Kind.SEAT;
        if ("PERSON".equals(ner) && (place || n.kind() == Kind.COUNTRY)) {
            return sameNameRun(tokens, n.first() - 1, ner) || sameNameRun(tokens, n.last() + 1, ner);
        }
        return "ORGANIZATION".equals(ner) && place && sameNameRun(tokens, n.first() - 1, ner);
    }

    /** True when the token at 1-based {@code i} is a proper noun of the same named-entity run. */
    private static boolean sameNameRun(List<Token> tokens, int i, String ner) {
        if (i < 1 || i > tokens.size()) {
            return false;
        }
        Token t = tokens.get(i - 1);
        return ner.equals(t.ner()) && t.pos() != null && t.pos().startsWith("NNP");
    }

    /** Runs of PERSON-tagged proper nouns not already claimed by the dictionary. */
    private static List<int[]> personRuns(List<Token> tokens, List<Named> named) {
        List<int[]> runs = new ArrayList<>();
        int i = 1;
        while (i <= tokens.size()) {
            Token t = tokens.get(i - 1);
            if ("PERSON".equals(t.ner()) && t.pos() != null && t.pos().startsWith("NNP") && !inNamed(named, i)) {
                int j = i;
                while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner())) {
                    j++;
                }
                runs.add(new int[] {i, j});
                i = j + 1;
            } else {
                i++;
            }
        }
        return runs;
    }

    private static boolean inNamed(List<Named> named, int i) {
        return named.stream().anyMatch(n -> i >= n.first() && i <= n.last());
    }

    private ActorMention person(AnnotatedSentence s, int first, int last, List<Named> named,
            List<SectorWords> sectors, Map<String, Actor> people, boolean[] absorbed, List<PersonRegistry.Learnt> learnt) {
        List<Token> tokens = s.tokens();
        String full = join(tokens, first, last);
        String surname = tokens.get(last - 1).word().toLowerCase(Locale.ROOT);
        Description d = describe(tokens, first, last, named, sectors);
        Actor known = people.getOrDefault(full.toLowerCase(Locale.ROOT), people.get(surname));
        Actor actor;
        if (d.country != null) {
            List<String> sec = d.sectors.isEmpty() && known != null ? known.sectors() : List.copyOf(d.sectors);
            actor = ActorCodes.actor(full, d.country, d.country, sec);
            d.used.forEach(k -> absorbed[k] = true);
            learnt.add(new PersonRegistry.Learnt(full, actor, s.index()));
        } else if (known != null) {
            actor = new Actor(full, known.code(), known.country(), known.sector(), known.sectors());
        } else {
            actor = registry.lookup(full).map(a -> new Actor(full, a.code(), a.country(), a.sector(), a.sectors()))
                    .orElse(null);
        }
        if (actor == null) {
            // a named person with no known country is still a speaker worth reporting
            actor = new Actor(full, null, null, d.sectors.isEmpty() ? null : d.sectors.iterator().next(),
                    List.copyOf(d.sectors));
        } else {
            people.put(full.toLowerCase(Locale.ROOT), actor);
            people.putIfAbsent(surname, actor);
        }
        return new ActorMention(s.index(), first, last, actor, Kind.PERSON);
    }

    /** Country and sectors from the title before a name, or an apposition after it. */
    private static Description describe(List<Token> tokens, int first, int last, List<Named> named,
            List<SectorWords> sectors) {
        int from = leftEdge(tokens, first);
        Description d = collect(tokens, from, first - 1, named, sectors);
        if (d.country == null && last < tokens.size() && ",".equals(tokens.get(last).word())) {
            int to = rightEdge(tokens, last + 2);
            Description right = collect(tokens, last + 2, to, named, sectors);
            if (right.country != null) {
                return right;
            }
        }
        return d;
    }

    private static int leftEdge(List<Token> tokens, int first) {
        int k = first - 1;
        boolean comma = false;
        while (k >= 1) {
            Token t = tokens.get(k - 1);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (",".equals(w)) {
                if (comma || k != first - 1 && !titleLike(tokens, k + 1, first)) {
                    break;
                }
                comma = true;
            } else if (!describes(t, w)) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    private static boolean titleLike(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i - 1).pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    private static int rightEdge(List<Token> tokens, int from) {
        int k = from;
        while (k <= tokens.size()) {
            Token t = tokens.get(k - 1);
            if (",".equals(t.word()) || !describes(t, t.word().toLowerCase(Locale.ROOT))) {
                break;
            }
            k++;
        }
        return k - 1;
    }

    /** Words that can sit in a title or description: nouns, adjectives, "of", "the", "to", "'s". */
    private static boolean describes(Token t, String w) {
        String p = t.pos() == null ? "" : t.pos();
        if ("PERSON".equals(t.ner())) {
            return false;
        }
        return p.startsWith("NN") || p.startsWith("JJ") || "POS".equals(p) || "HYPH".equals(p)
                || w.equals("of") || w.equals("the") || w.equals("to") || w.equals("for");
    }

    private static Description collect(List<Token> tokens, int from, int to, List<Named> named,
            List<SectorWords> sectors) {
        Description d = new Description();
        for (Named n : named) {
            if (n.first() >= from && n.last() <= to) {
                String prev = n.first() > 1 ? tokens.get(n.first() - 2).word().toLowerCase(Locale.ROOT) : "";
                if (d.country == null && n.country() != null && !NOT_NATIONALITY.contains(prev)) {
                    d.country = n.country();
                    d.sectors.addAll(n.sectors());
                }
                for (int k = n.first(); k <= n.last(); k++) {
                    d.used.add(k);
                }
            }
        }
        // the body a person belongs to says more than a title word: "director general of the
        // Chambers of Commerce" is business, though "general" alone would be military
        Set<String> titles = new LinkedHashSet<>();
        Set<String> bodies = new LinkedHashSet<>();
        for (SectorWords w : sectors) {
            if (w.first() >= from && w.last() <= to) {
                (w.title() ? titles : bodies).addAll(w.sectors());
            }
        }
        d.sectors.addAll(bodies.isEmpty() ? titles : bodies);
        return d;
    }

    /** "Iranian" + "Armed Forces" → IRNMIL; "army of Iran" → IRNMIL. */
    private static ActorMention withBody(AnnotatedSentence s, Named n, List<SectorWords> sectors, List<Token> tokens) {
        int last = n.last();
        List<String> sec = new ArrayList<>(n.sectors());
        if (n.country() != null && n.kind() != Kind.IGO) {
            for (SectorWords w : sectors) {
                boolean after = w.first() > n.last() && w.first() - n.last() <= BODY_REACH
                        && onlyModifiers(tokens, n.last() + 1, w.first() - 1);
                if (after && (!w.title() || !namesPerson(tokens, w.last() + 1))) {
                    sec.addAll(w.sectors());
                    last = w.last();
                    break;
                }
            }
        }
        String text = join(tokens, n.first(), last);
        String base = n.code();
        Actor actor = ActorCodes.actor(text, base, n.country(), sec);
        return new ActorMention(s.index(), n.first(), last, actor, n.kind());
    }

    /** A title right before a name belongs to the person ("Iranian Foreign Minister X"), not the country. */
    private static boolean namesPerson(List<Token> tokens, int next) {
        return next <= tokens.size() && "PERSON".equals(tokens.get(next - 1).ner());
    }

    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i - 1);
            String p = t.pos() == null ? "" : t.pos();
            if (!(p.startsWith("JJ") || p.startsWith("NN") || "POS".equals(p))) {
                return false;
            }
        }
        return true;
    }

    /** The words of tokens first..last (1-based) as written, spaced as in the text. */
    public static String join(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i - 1);
            if (sb.length() > 0 && i > first && tokens.get(i - 2).end() < t.start()) {
                sb.append(' ');
            }
            sb.append(t.word());
        }
        return sb.toString();
    }

    private static final class Description {
        String country;
        final Set<String> sectors = new LinkedHashSet<>();
        final List<Integer> used = new ArrayList<>();
    }
}
