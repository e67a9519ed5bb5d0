package org.dyad.eval.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores coded events against gold events, sentence by sentence (coding guide, section 8). Within a
 * sentence, matching is one-to-one and greedy in gold order: each gold event takes the first
 * still-free coded event that matches it. Three levels are kept: strict actor keys, party keys, and
 * root only. Certainty agreement is counted over party-level matches.
 */
public final class GoldScorer {

    /** Matched, gold and coded event counts for one level; precision, recall and F1 from them. */
    public record Tally(int matched, int gold, int coded) {
        public double precision() {
            return coded == 0 ? 0 : (double) matched / coded;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Tally plus(Tally o) {
            return new Tally(matched + o.matched, gold + o.gold, coded + o.coded);
        }
    }

    /**
     * The outcome for one sentence. {@code partyMatches[i]} is the index of the coded event matched
     * to gold event i at party level, or -1.
     */
    public record SentenceScore(Tally strict, Tally party, Tally root, int[] partyMatches, int certaintyAgreed) {
        /** Every gold event found at party level and no coded event left over. */
        public boolean perfect() {
            return party.matched() == party.gold() && party.matched() == party.coded();
        }
    }

    private Tally strict = new Tally(0, 0, 0);
    private Tally party = new Tally(0, 0, 0);
    private Tally root = new Tally(0, 0, 0);
    private int sentences;
    private int goldWithEvents;
    private int codedWithEvents;
    private int bothWithEvents;
    private int certaintyAgreed;
    private final Map<String, Tally> byRoot = new TreeMap<>();

    /** Scores one sentence and adds it to the totals. */
    public SentenceScore add(List<GoldEvent> gold, List<CodedEvent> coded) {
        int[] strictMatch = match(gold, coded, ActorKey.STRICT);
        int[] partyMatch = match(gold, coded, ActorKey.PARTY);
        int[] rootMatch = match(gold, coded, null);
        int agreed = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (partyMatch[i] >= 0 && Objects.equals(gold.get(i).certainty(), coded.get(partyMatch[i]).certainty())) {
                agreed++;
            }
        }
        SentenceScore s = new SentenceScore(tally(strictMatch, gold, coded), tally(partyMatch, gold, coded),
                tally(rootMatch, gold, coded), partyMatch, agreed);
        strict = strict.plus(s.strict());
        party = party.plus(s.party());
        root = root.plus(s.root());
        certaintyAgreed += agreed;
        for (int i = 0; i < gold.size(); i++) {
            byRoot.merge(gold.get(i).root(), new Tally(partyMatch[i] >= 0 ? 1 : 0, 1, 0), Tally::plus);
        }
        coded.forEach(c -> byRoot.merge(c.root(), new Tally(0, 0, 1), Tally::plus));
        sentences++;
        goldWithEvents += gold.isEmpty() ? 0 : 1;
        codedWithEvents += coded.isEmpty() ? 0 : 1;
        bothWithEvents += gold.isEmpty() || coded.isEmpty() ? 0 : 1;
        return s;
    }

    public Tally strict() {
        return strict;
    }

    public Tally party() {
        return party;
    }

    public Tally root() {
        return root;
    }

    /** Whether a sentence holds any event: matched = both say yes, gold = gold says yes, coded = coder says yes. */
    public Tally detection() {
        return new Tally(bothWithEvents, goldWithEvents, codedWithEvents);
    }

    /**
     * Party-level figures per CAMEO root: gold events of the root, coded events of the root, and gold
     * events of the root that were matched.
     */
    public Map<String, Tally> byRoot() {
        return Map.copyOf(byRoot);
    }

    public int sentences() {
        return sentences;
    }

    /** Party-level matches whose certainty labels agree. */
    public int certaintyAgreed() {
        return certaintyAgreed;
    }

    private static Tally tally(int[] match, List<GoldEvent> gold, List<CodedEvent> coded) {
        int m = 0;
        for (int j : match) {
            m += j >= 0 ? 1 : 0;
        }
        return new Tally(m, gold.size(), coded.size());
    }

    /** For each gold event, the index of its coded match, or -1. {@code key} null = root only. */
    static int[] match(List<GoldEvent> gold, List<CodedEvent> coded, ActorKey key) {
        int[] out = new int[gold.size()];
        List<Boolean> taken = new ArrayList<>(coded.stream().map(c -> false).toList());
        for (int i = 0; i < gold.size(); i++) {
            out[i] = -1;
            for (int j = 0; j < coded.size(); j++) {
                if (!taken.get(j) && matches(gold.get(i), coded.get(j), key)) {
                    taken.set(j, true);
                    out[i] = j;
                    break;
                }
            }
        }
        return out;
    }

    static boolean matches(GoldEvent g, CodedEvent c, ActorKey key) {
        if (!g.root().equals(c.root())) {
            return false;
        }
        if (key == null) {
            return true;
        }
        boolean straight = same(key, g.source(), c.source()) && same(key, g.target(), c.target());
        boolean swapped = g.symmetric() && same(key, g.source(), c.target()) && same(key, g.target(), c.source());
        return straight || swapped;
    }

    private static boolean same(ActorKey key, String a, String b) {
        return key.of(a).equals(key.of(b));
    }
}
