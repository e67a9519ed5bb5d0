package org.dyad.code.place;

import java.util.Set;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.model.Event.Place;
import org.dyad.model.Token;

/**
 * Where an event happened: a place in an "in/at/near" phrase the trigger governs ("arrived in
 * Moscow", "interaction in Syria"), else one anywhere in the sentence, with coordinates from the
 * {@link Gazetteer}.
 */
public final class PlaceResolver {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across");
    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Place place(DependencyTree tree, int trigger) {
        Place p = governed(tree, trigger);
        if (p == null && tree.head(trigger) > 0 && tree.token(trigger).isNoun()) {
            p = governed(tree, tree.head(trigger));
        }
        if (p == null) {
            for (int k = 1; k <= tree.size() && p == null; k++) {
                p = locative(tree, k);
            }
        }
        return p;
    }

    private Place governed(DependencyTree tree, int head) {
        for (int c : tree.children(head)) {
            String r = tree.baseRelation(c);
            if (r.equals("obl") || r.equals("nmod")) {
                Place p = locative(tree, c);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private Place locative(DependencyTree tree, int k) {
        String r = tree.baseRelation(k);
        if (!(r.equals("obl") || r.equals("nmod")) || !LOCATIVE.contains(tree.preposition(k))) {
            return null;
        }
        Token t = tree.token(k);
        if (t.pos() == null || !t.pos().startsWith("NNP")) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int c : tree.children(k, "compound")) {
            if (tree.token(c).pos().startsWith("NNP")) {
                name.append(tree.token(c).word()).append(' ');
            }
        }
        name.append(t.word());
        return gazetteer.find(name.toString()).or(() -> gazetteer.find(t.word())).orElse(null);
    }
}
