package org.dyad.code.argument;

import java.util.List;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;

/**
 * A plain statement (010) is an event only toward someone it is made to (coding guide, section 1:
 * no bare 010s): the person told ("told MPs", "informed the UN"), or the party it is addressed to
 * ("said to reporters", "a statement to Parliament"). A party named inside what is stated ("announced
 * his decision to quit UKIP", "claimed the US was…", "underlined Lib Dem plans") is what the
 * statement is about, not its addressee, so it is no target.
 */
public final class StatementAddressees {
    /** Speech verbs whose object is the one spoken to. */
    private static final Set<String> ADDRESSING = Set.of("tell", "inform", "brief", "address", "assure", "remind",
            "notify", "update", "reassure");
    private static final Set<String> OBJECTS = Set.of("obj", "iobj");
    private static final Set<String> OBLIQUES = Set.of("obl", "nmod");

    private StatementAddressees() {
    }

    /** Verbs whose object is whom a statement is made to ("told MPs", "briefed reporters"). */
    public static boolean addressing(String lemma) {
        return ADDRESSING.contains(lemma);
    }

    /** The arguments with only the statement's addressees as targets; others unchanged. */
    public static Arguments of(DependencyTree tree, Trigger t, Arguments args) {
        if (!t.pattern().cameo().equals("010")) {
            return args;
        }
        List<ActorMention> addressees = args.targets().stream().filter(m -> addressed(tree, t, m)).toList();
        return addressees.size() == args.targets().size() ? args
                : new Arguments(args.sources(), addressees, args.rule() + "+addressee");
    }

    private static boolean addressed(DependencyTree tree, Trigger t, ActorMention m) {
        if (m.sentence() != t.sentence()) {
            return true; // a pronoun the context resolved ("told him"): it stood where the addressee stands
        }
        int k = nominalHead(tree, m);
        while (k > 0 && tree.baseRelation(k).equals("conj")) {
            k = tree.head(k); // "told MPs and peers"
        }
        if (k <= 0) {
            return false;
        }
        int governor = tree.head(k);
        // "made a statement to Parliament": the parser hangs the "to" on the light verb
        boolean onTrigger = governor == t.token() || !t.verb() && governor > 0 && tree.head(t.token()) == governor;
        String rel = tree.baseRelation(k);
        return governor == t.token() && OBJECTS.contains(rel) && ADDRESSING.contains(tree.lemma(t.token()))
                || onTrigger && OBLIQUES.contains(rel) && tree.preposition(k).equals("to");
    }

    /** The mention's token whose head lies outside it, climbing through a possessor ("Labour's members"). */
    private static int nominalHead(DependencyTree tree, ActorMention m) {
        int k = m.first();
        for (int i = m.first(); i <= m.last(); i++) {
            int h = tree.head(i);
            if (h < m.first() || h > m.last()) {
                k = i;
                break;
            }
        }
        while (k > 0 && (tree.baseRelation(k).equals("nmod") && tree.relation(k).equals("nmod:poss")
                || tree.baseRelation(k).equals("compound") || tree.baseRelation(k).equals("amod"))) {
            k = tree.head(k); // "told Labour members": Labour modifies the object
        }
        return k;
    }
}
