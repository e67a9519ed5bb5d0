package org.dyad.code.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Token;

/**
 * Which offices an article gives which surnames ("Chancellor Gordon Brown", "Gordon Brown, the
 * chancellor,"), so that "He urged the chancellor" is not read as Mr Brown urging himself. Built
 * from the article's own tokens and title words; a surname the article never titles holds nothing.
 */
public final class OfficeHolders {
    static final OfficeHolders NONE = new OfficeHolders(Map.of());
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-");

    /** Office ("chancellor", "home secretary") → surnames, all lower-case. */
    private final Map<String, Set<String>> holders;

    private OfficeHolders(Map<String, Set<String>> holders) {
        this.holders = holders;
    }

    /**
     * The offices the article names people with, right before the name or in apposition after it,
     * and those {@code fromBase} gives them (office → surnames, from the knowledge base on the day).
     */
    static OfficeHolders of(AnnotatedArticle article, List<List<ActorDictionary.SectorWords>> sectorWords,
            List<List<ActorMention>> mentions, Map<String, Set<String>> fromBase) {
        Map<String, Set<String>> holders = new HashMap<>();
        fromBase.forEach((office, surnames) -> holders.computeIfAbsent(office, k -> new HashSet<>()).addAll(surnames));
        for (int s = 0; s < mentions.size() && s < sectorWords.size(); s++) {
            List<Token> tokens = article.sentences().get(s).tokens();
            for (ActorMention m : mentions.get(s)) {
                if (m.kind() != ActorDictionary.Kind.PERSON || !named(tokens, m)) {
                    continue;
                }
                String surname = surname(m); // the key samePerson looks up
                for (ActorDictionary.SectorWords w : sectorWords.get(s)) {
                    if (w.title() && !w.rank() && (w.last() == m.first() - 1 || inApposition(tokens, m, w))) {
                        String before = w.first() > 1 ? tokens.get(w.first() - 2).word().toLowerCase(Locale.ROOT) : "";
                        if (FORMER.contains(before)) {
                            continue; // "former chancellor Ken Clarke" holds no office now
                        }
                        // "shadow chancellor Oliver Letwin" does not hold the office "the chancellor" names
                        String office = (before.equals("shadow") ? "shadow " : "")
                                + ActorResolver.join(tokens, w.first(), w.last()).toLowerCase(Locale.ROOT);
                        holders.computeIfAbsent(office, k -> new HashSet<>()).add(surname);
                    }
                }
            }
        }
        return new OfficeHolders(Map.copyOf(holders));
    }

    /** A name, not a bare title: its last word is a proper noun. */
    private static boolean named(List<Token> tokens, ActorMention m) {
        if (m.last() > tokens.size()) {
            return false;
        }
        Token last = tokens.get(m.last() - 1);
        return last.pos() != null && last.pos().startsWith("NNP");
    }

    /** "Gordon Brown, the chancellor": the title right after the name's comma and an article. */
    private static boolean inApposition(List<Token> tokens, ActorMention m, ActorDictionary.SectorWords w) {
        int comma = m.last() + 1;
        if (comma > tokens.size() || !",".equals(tokens.get(comma - 1).word())) {
            return false;
        }
        int start = comma + 1;
        if (start <= tokens.size() && tokens.get(start - 1).word().equalsIgnoreCase("the")) {
            start++;
        }
        return w.first() == start;
    }

    /**
     * Whether two mentions may be one person by office: a bare office ("the chancellor") and a
     * name whose surname the article gives that office ("Mr Brown"), either way round.
     */
    public boolean samePerson(ActorMention a, ActorMention b) {
        return holds(office(a), surname(b)) || holds(office(b), surname(a));
    }

    private boolean holds(String office, String surname) {
        return office != null && surname != null && holders.getOrDefault(office, Set.of()).contains(surname);
    }

    /** A mention's text as an office the article gives someone ("the chancellor", "Prime Minister"); null otherwise. */
    private String office(ActorMention m) {
        String text = m.actor().text();
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        lower = lower.startsWith("the ") ? lower.substring(4) : lower;
        return holders.containsKey(lower) ? lower : null;
    }

    /** "Chancellor of the Exchequer" → "chancellor": an office as news names it bare. */
    static String shortOffice(String office) {
        String lower = office.toLowerCase(Locale.ROOT).strip();
        int of = lower.indexOf(" of ");
        return of > 0 ? lower.substring(0, of) : lower;
    }

    static String surname(ActorMention m) {
        String last = m.lastWord();
        return last.isEmpty() ? null : last.toLowerCase(Locale.ROOT);
    }
}
