package org.dyad.code.argument;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.TriggerDictionary;

/**
 * A visit (042) is made by someone who travels for a state or body: a person, a delegation,
 * "Iranian officials". A group named by any other plural is people or forces on the move:
 * "hundreds of Britons travelled to Syria to join fighters", "Israeli fans travelled to
 * Amsterdam", "American troops arrived in Kuwait" are no visits between states, and CAMEO
 * codes none of them as 042. Plurals that do visit are the lexicon's {@code ENVOY_NOUN} words.
 * Returns new {@link Arguments}; a visit left with no visitor is no event. Peacekeepers who arrive
 * ("Hundreds of British peacekeeping troops arrived in Mali") are not visiting either: they
 * provide peacekeeping (074) to where they arrive.
 */
public final class Visitors {
    private static final String VISIT = "042";
    private static final String PEACEKEEPING = "074";
    /** Relations by which a mention modifies the noun that names the group ("Israeli fans", "Britain's troops"). */
    private static final Set<String> MODIFIER = Set.of("amod", "compound", "nmod:poss", "nmod");

    private final CueLexicon cues;

    public Visitors(CueLexicon cues) {
        this.cues = cues;
    }

    /** The arguments with sources that cannot make this visit removed; the same when the act is no visit. */
    public Arguments complete(DependencyTree tree, Trigger t, Arguments args) {
        if (!t.pattern().cameo().equals(VISIT)) {
            return args;
        }
        List<ActorMention> visitors = args.sources().stream().filter(m -> canVisit(tree, m)).toList();
        return visitors.size() == args.sources().size() ? args
                : new Arguments(visitors, visitors.isEmpty() ? List.of() : args.targets(), args.rule() + "+visitor");
    }

    /** A visit whose travellers are peacekeepers, read as peacekeeping (074); empty for any other act. */
    public Optional<Trigger> peacekeeping(DependencyTree tree, Trigger t, Arguments args) {
        if (!t.pattern().cameo().equals(VISIT) || args.sources().stream().noneMatch(m -> peacekeepers(tree, m))) {
            return Optional.empty();
        }
        TriggerDictionary.Pattern p = t.pattern();
        TriggerDictionary.Pattern kept = p.recoded(PEACEKEEPING, p.origin() + " +peacekeepers");
        return Optional.of(new Trigger(t.sentence(), t.token(), kept, t.verb()));
    }

    /** "Chinese peacekeepers", "NATO peacekeeping troops". */
    private static boolean peacekeepers(DependencyTree tree, ActorMention m) {
        if (m.sentence() != tree.sentence().index()) {
            return false;
        }
        int noun = groupNoun(tree, m.last());
        return tree.lemma(noun).startsWith("peacekeep")
                || tree.hasChild(noun, c -> tree.lemma(c).startsWith("peacekeep"));
    }

    private boolean canVisit(DependencyTree tree, ActorMention m) {
        if (m.sentence() != tree.sentence().index()) {
            return true; // borrowed from an earlier sentence: its words are not here to read
        }
        int noun = groupNoun(tree, m.last());
        return !plural(tree, noun) || cues.is(tree.lemma(noun), Cue.ENVOY_NOUN);
    }

    /** The noun that names the group: the mention's last word, or the noun it modifies. */
    private static int groupNoun(DependencyTree tree, int last) {
        int head = tree.head(last);
        boolean modifier = MODIFIER.contains(tree.relation(last)) && head > last;
        return modifier && tree.token(head).isNoun() ? head : last;
    }

    private static boolean plural(DependencyTree tree, int k) {
        String pos = tree.token(k).pos();
        return "NNS".equals(pos) || "NNPS".equals(pos);
    }
}
