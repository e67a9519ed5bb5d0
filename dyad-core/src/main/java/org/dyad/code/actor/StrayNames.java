package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Token;

/**
 * Names the dictionaries matched that stand for no actor where they stand: a one-word ethnic group
 * in a story far from its country, a name after "counter". Returns new mention lists;
 * the input is not changed.
 */
final class StrayNames {
    private StrayNames() {
    }

    static List<List<ActorMention>> dropped(AnnotatedArticle article, List<List<ActorMention>> mentions) {
        return partiesInPlace(ethnicGroupsInPlace(withoutOpposedNames(article, mentions)));
    }

    /**
     * "The union with the rival Labor Party" in a story about Israel is not Australia's Labor Party,
     * which the knowledge base knows: a party named only by a generic "… Party" name is that
     * country's party in a story that names the country elsewhere, and no known party otherwise.
     */
    private static List<List<ActorMention>> partiesInPlace(List<List<ActorMention>> mentions) {
        return inPlace(mentions, StrayNames::genericParty);
    }

    /**
     * The mentions, without those {@code placeBound} picks whose country no other mention of the
     * article names.
     */
    private static List<List<ActorMention>> inPlace(List<List<ActorMention>> mentions, Predicate<ActorMention> placeBound) {
        Set<String> countries = new HashSet<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                if (!placeBound.test(m) && m.actor().country() != null) {
                    countries.add(m.actor().country());
                }
            }
        }
        List<List<ActorMention>> out = new ArrayList<>();
        for (List<ActorMention> sentence : mentions) {
            out.add(sentence.stream().filter(m -> !placeBound.test(m) || countries.contains(m.actor().country())).toList());
        }
        return out;
    }

    private static boolean genericParty(ActorMention m) {
        String text = m.actor().text();
        return m.kind() == Kind.INSTITUTION && m.kb() != null && m.kb().startsWith("kb:") && text != null
                && text.toLowerCase(Locale.ROOT).endsWith(" party")
                && (m.actor().sectors().contains("GOV") || m.actor().sectors().contains("OPP"));
    }

    /**
     * An ethnic group or community the knowledge base knows by one name ("Arab", "Afar", "Fur",
     * "Dawa") is that group only in a story that names its country: UCDP lists such groups by the
     * conflict they fought in, and the same word elsewhere means a language, a people at large, a
     * place or a party.
     */
    private static List<List<ActorMention>> ethnicGroupsInPlace(List<List<ActorMention>> mentions) {
        return inPlace(mentions, StrayNames::ethnicGroup);
    }

    /**
     * A name after "counter" is what a body is named for fighting ("the Global Coalition to Counter
     * ISIL", "the Counter ISIL Coalition"): not an actor of that sentence. ("An anti-Gondor parade"
     * stays: the parade is aimed at Gondor, its target.)
     */
    private static List<List<ActorMention>> withoutOpposedNames(AnnotatedArticle article, List<List<ActorMention>> mentions) {
        List<List<ActorMention>> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            List<Token> tokens = article.sentences().get(i).tokens();
            out.add(mentions.get(i).stream().filter(m -> !opposed(tokens, m.first())).toList());
        }
        return out;
    }

    private static boolean opposed(List<Token> tokens, int first) {
        String before = first > 1 ? tokens.get(first - 2).word().toLowerCase(Locale.ROOT) : "";
        return before.equals("counter") || before.equals("counter-");
    }

    private static boolean ethnicGroup(ActorMention m) {
        return m.kind() == Kind.GROUP && m.kb() != null && m.actor().sectors().contains("ETH");
    }
}
