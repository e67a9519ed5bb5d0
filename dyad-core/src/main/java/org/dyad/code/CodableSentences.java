package org.dyad.code;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.annotate.SentenceFilter;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorResolver;
import org.dyad.code.actor.HomeCountry;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.code.actor.kb.KnownNames;
import org.dyad.code.argument.ReportedEvaluations;
import org.dyad.code.argument.ReportedObligations;
import org.dyad.code.argument.StatementAddressees;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.trigger.TriggerFinder;
import org.dyad.model.Token;

/**
 * Only sentences that can hold an event need the dependency parser, the slowest stage: a possible
 * trigger and a party that can get a code. That is a lexicon actor (country, capital,
 * organisation, sector word), a pronoun or plural party word that context can resolve, or a name
 * already tied to a code: one the registry knows, or one seen earlier in the article in a sentence
 * with a lexicon actor ("Defence Minister Sergey Shoigu" … "Shoigu said"). A name never tied to a
 * country gets no code, and an event needs a coded party — except in a domestic story, whose
 * unplaced names take its home country. Names the actor knowledge base knows and group words
 * (rebels, protesters) count too.
 */
final class CodableSentences {
    /** Pronouns that can stand for an actor named earlier ("he said", "we support each other"). */
    private static final Set<String> PARTY_PRONOUNS = Set.of("he", "she", "we", "they");
    /** Sectors whose words name a party by themselves: armed and opposition groups, the state's bodies. */
    private static final Set<String> GROUP_OR_STATE = Set.of("REB", "OPP", "GOV", "LEG", "JUD", "COP", "MIL");

    private final ActorDictionary dictionary;
    private final TriggerFinder triggers;
    private final CueLexicon cues;
    private final PersonRegistry registry;
    private final KnownNames known;
    private final ReportedEvaluations evaluations;

    CodableSentences(ActorDictionary dictionary, TriggerFinder triggers, CueLexicon cues, PersonRegistry registry,
            KnownNames known, ReportedEvaluations evaluations) {
        this.dictionary = dictionary;
        this.triggers = triggers;
        this.cues = cues;
        this.registry = registry;
        this.known = known;
        this.evaluations = evaluations;
    }

    /**
     * A possible trigger beyond plain statements; or a plain statement ("X said …") that may be made
     * to someone ("told MPs", "said to reporters") or judge someone ("said the plan was reckless").
     * Any other bare statement is no event (coding guide, section 1), so its sentence is not parsed.
     */
    private boolean mayHoldEvent(List<Token> tokens) {
        if (triggers.mayHoldTrigger(tokens, true)) {
            return true;
        }
        return triggers.mayHoldTrigger(tokens) && (addressesSomeone(tokens) || evaluations.mayJudge(tokens)
                || ReportedObligations.mayDemand(tokens));
    }

    private static boolean addressesSomeone(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.lemma() != null && StatementAddressees.addressing(t.lemma())) {
                return true;
            }
            boolean infinitive = i + 1 < tokens.size() && tokens.get(i + 1).pos() != null && tokens.get(i + 1).pos().startsWith("VB");
            if ("to".equalsIgnoreCase(t.word()) && !infinitive) {
                return true; // "said to reporters", "a statement to Parliament"
            }
        }
        return false;
    }

    /** The filter remembers names across an article's sentences: make one per article, test sentences in order. */
    SentenceFilter forArticle() {
        return new ArticleFilter(false, Map.of());
    }

    /**
     * One article's filter. Once it has seen the article, it knows whether the article likely has a
     * {@link HomeCountry} (judged from the lexicon's country names alone); if so, any person or
     * organisation name is a party that can get a code, since the resolver places the unplaced
     * names of a domestic story in its home country. The lexicon names it found while seeing are
     * kept for the sentences' own test, so the phrase index runs once per sentence.
     */
    private final class ArticleFilter implements SentenceFilter {
        private final Set<String> tiedNames = new HashSet<>();
        private final boolean domestic;
        private final Map<List<Token>, List<ActorDictionary.Named>> seen;

        ArticleFilter(boolean domestic, Map<List<Token>, List<ActorDictionary.Named>> seen) {
            this.domestic = domestic;
            this.seen = seen;
        }

        @Override
        public SentenceFilter seeing(List<List<Token>> sentences) {
            Map<List<Token>, List<ActorDictionary.Named>> names = new IdentityHashMap<>();
            Map<String, Integer> votes = new TreeMap<>();
            for (List<Token> tokens : sentences) {
                List<ActorDictionary.Named> found = dictionary.actors(tokens);
                names.put(tokens, found);
                for (ActorDictionary.Named n : found) {
                    if (n.country() != null) {
                        votes.merge(n.country(), 1, Integer::sum);
                    }
                }
            }
            return new ArticleFilter(HomeCountry.leader(votes).isPresent(), names);
        }

        @Override
        public boolean test(List<Token> tokens) {
            List<ActorDictionary.Named> names = seen.containsKey(tokens) ? seen.get(tokens) : dictionary.actors(tokens);
            boolean lexiconActor = !names.isEmpty() || knownGroupWord(tokens);
            if (lexiconActor) {
                tokens.stream().filter(CodableSentences::isName)
                        .forEach(t -> tiedNames.add(t.word().toLowerCase(Locale.ROOT)));
            }
            return mayHoldEvent(tokens) && (lexiconActor || domestic && namesSomeone(tokens)
                    || mayHoldParty(tokens, tiedNames) || known.anyKnown(tokens));
        }
    }

    private static boolean namesSomeone(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner()));
    }

    /**
     * Rebels, militants, protesters: actors even without a country (see ActorResolver); and the
     * state's own bodies and offices ("the government", "ministers", "MPs", "police"), which the
     * resolver places in the story's home country even when the lexicon's country names alone
     * did not make the story look domestic ("Chakrabarti called on the government to…").
     */
    private boolean knownGroupWord(List<Token> tokens) {
        return dictionary.sectors(tokens).stream().anyMatch(w -> w.sectors().stream().anyMatch(GROUP_OR_STATE::contains));
    }

    private boolean mayHoldParty(List<Token> tokens, Set<String> tiedNames) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (PARTY_PRONOUNS.contains(t.lemma()) || cues.standsForParties(t)) {
                return true;
            }
            if (isName(t) && (tiedNames.contains(t.word().toLowerCase(Locale.ROOT)) || registryKnows(tokens, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the registry knows the name run starting at {@code first} (0-based). */
    private boolean registryKnows(List<Token> tokens, int first) {
        int last = first;
        while (last + 1 < tokens.size() && Objects.equals(tokens.get(last + 1).ner(), tokens.get(first).ner())) {
            last++;
        }
        return registry.lookup(ActorResolver.join(tokens, first + 1, last + 1)).isPresent();
    }

    private static boolean isName(Token t) {
        String ner = t.ner();
        return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || "MISC".equals(ner);
    }
}
