package org.dyad.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.eval.SpanOverlap;

/**
 * k-fold cross-validation of the heads. Sentences are assigned to folds by their group (an article,
 * or the letters of a wire sentence found in several corpora), so no article or duplicated sentence
 * is on both sides of a split. Every figure is computed on held-out folds only.
 */
public final class CrossValidation {
    private final int folds;
    private final HeadTrainer trainer;
    private final long seed;

    public CrossValidation(int folds, HeadTrainer trainer, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        this.folds = folds;
        this.trainer = trainer;
        this.seed = seed;
    }

    int foldOf(CodedSentence s) {
        long h = s.group().hashCode() * 0x9E3779B97F4A7C15L ^ seed;
        h ^= h >>> 29;
        return (int) Math.floorMod(h, (long) folds);
    }

    /** Trains k models, each scored on the fold it did not see. */
    public Figures run(List<CodedSentence> sentences, List<EncodedSentence> encoded) {
        Figures f = new Figures();
        Map<String, List<ActorSpan>> multicopedSpans = new HashMap<>();
        Map<String, String> multicopedText = new HashMap<>();
        for (CodedSentence s : sentences) {
            if (s.ref().startsWith("multicoped/cameo_ner")) {
                multicopedSpans.putIfAbsent(letters(s.text()), s.spans());
                multicopedText.putIfAbsent(letters(s.text()), s.text());
            }
        }
        for (int k = 0; k < folds; k++) {
            List<CodedSentence> trainS = new ArrayList<>();
            List<EncodedSentence> trainE = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (foldOf(sentences.get(i)) == k) {
                    test.add(i);
                } else {
                    trainS.add(sentences.get(i));
                    trainE.add(encoded.get(i));
                }
            }
            LearnedModel model = trainer.train(trainS, trainE);
            for (int i : test) {
                CodedSentence s = sentences.get(i);
                LearnedCoding c = model.code(encoded.get(i));
                score(f, s, c);
                String key = letters(s.text());
                if (s.ref().startsWith("multicoped/cameo_class") && multicopedSpans.containsKey(key)) {
                    List<ActorSpan> gold = multicopedSpans.get(key);
                    boolean dyad = dyadMatches(multicopedText.get(key), gold, s.text(), c.spans());
                    boolean cls = c.penta() != null && c.penta().label().equals(String.valueOf(s.penta()));
                    f.accuracy("Multi-CoPED dyad (sentences with spans)", dyad);
                    f.accuracy("Multi-CoPED class + dyad (sentences with spans)", cls && dyad);
                }
            }
        }
        return f;
    }

    private static void score(Figures f, CodedSentence s, LearnedCoding c) {
        if (s.group().startsWith("definition:")) {
            return; // codebook definitions help training; they are not sentences to score
        }
        boolean drafted = s.ref().startsWith("drafted:");
        if (s.event() != null) {
            boolean predicted = c.eventProbability() >= 0.5;
            f.detection("event detection (all)", s.event(), predicted);
            if (drafted) {
                f.detection("event detection (hand-coded BBC/GMB)", s.event(), predicted);
            }
        }
        if (s.root() != null && c.root() != null) {
            f.accuracy("CAMEO root (all with a root)", s.root().equals(c.root().label()));
            if (drafted) {
                f.accuracy("CAMEO root (hand-coded BBC/GMB)", s.root().equals(c.root().label()));
            }
        }
        if (s.pentaLabel() != null && c.penta() != null) {
            boolean ok = String.valueOf(s.pentaLabel()).equals(c.penta().label());
            f.accuracy("five-class (all)", ok);
            if (s.ref().startsWith("multicoped/cameo_class")) {
                f.accuracy("Multi-CoPED class (train split, 5 classes)", ok);
            }
        }
        if (s.plover() != null && c.plover() != null) {
            boolean ok = s.plover().equals(c.plover().label());
            f.accuracy("PLOVER type (all with a type)", ok);
            if (s.ref().startsWith("plover-gsr/PLOVER_GSR_CAMEO.json")) {
                f.accuracy("PLOVER type (PLOVER gold records)", ok);
            }
        }
        if (s.certainty() != null && c.certainty() != null) {
            f.accuracy("certainty (hand-coded)", s.certainty().equals(c.certainty().label()));
        }
        if (Boolean.TRUE.equals(s.event()) && s.spansCoded()) {
            for (ActorSpan.Role role : ActorSpan.Role.values()) {
                f.spans("span " + role + " exact", s.spans(), c.spans(), role, false, s.text());
                f.spans("span " + role + " overlap", s.spans(), c.spans(), role, true, s.text());
            }
        }
    }

    static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /**
     * Multi-CoPED's dyad test ({@code org.dyad.eval.MulticopedScorer}): the predicted source
     * overlaps a gold S span and the target a gold T span by a content word (a side the gold does
     * not mark is not checked); with reciprocal spans, source and target each overlap one.
     */
    static boolean dyadMatches(String goldText, List<ActorSpan> gold, String text, List<ActorSpan> predicted) {
        List<String> s = texts(gold, ActorSpan.Role.S, goldText);
        List<String> t = texts(gold, ActorSpan.Role.T, goldText);
        List<String> r = texts(gold, ActorSpan.Role.R, goldText);
        List<String> ps = texts(predicted, ActorSpan.Role.S, text);
        List<String> pt = texts(predicted, ActorSpan.Role.T, text);
        List<String> pr = texts(predicted, ActorSpan.Role.R, text);
        String source = !ps.isEmpty() ? ps.get(0) : !pr.isEmpty() ? pr.get(0) : null;
        String target = !pt.isEmpty() ? pt.get(0) : pr.size() > 1 ? pr.get(1) : null;
        if (!r.isEmpty()) {
            for (int i = 0; i < r.size(); i++) {
                for (int j = 0; j < r.size(); j++) {
                    if ((i != j || r.size() == 1) && SpanOverlap.overlaps(source, r.get(i))
                            && SpanOverlap.overlaps(target, r.get(j))) {
                        return true;
                    }
                }
            }
            return false;
        }
        return side(s, source) && side(t, target);
    }

    private static boolean side(List<String> gold, String text) {
        return gold.isEmpty() || gold.stream().anyMatch(g -> SpanOverlap.overlaps(text, g));
    }

    private static List<String> texts(List<ActorSpan> spans, ActorSpan.Role role, String text) {
        return spans.stream().filter(x -> x.role() == role).map(x -> x.text(text)).toList();
    }

    /** The figures, by name, in the order first seen. */
    public static final class Figures {
        private final Map<String, long[]> counts = new TreeMap<>();

        void accuracy(String name, boolean correct) {
            long[] c = counts.computeIfAbsent("A|" + name, x -> new long[2]);
            c[0] += correct ? 1 : 0;
            c[1]++;
        }

        /** tp, fp, fn, tn of a binary decision. */
        void detection(String name, boolean gold, boolean predicted) {
            long[] c = counts.computeIfAbsent("D|" + name, x -> new long[4]);
            c[gold ? (predicted ? 0 : 2) : (predicted ? 1 : 3)]++;
        }

        void spans(String name, List<ActorSpan> gold, List<ActorSpan> predicted, ActorSpan.Role role,
                   boolean overlap, String text) {
            List<ActorSpan> g = gold.stream().filter(x -> x.role() == role).toList();
            List<ActorSpan> p = predicted.stream().filter(x -> x.role() == role).toList();
            if (g.isEmpty() && p.isEmpty()) {
                return;
            }
            long[] c = counts.computeIfAbsent("D|" + name, x -> new long[4]);
            List<ActorSpan> unmatched = new ArrayList<>(g);
            for (ActorSpan x : p) {
                ActorSpan hit = unmatched.stream().filter(y -> overlap
                        ? SpanOverlap.overlaps(x.text(text), y.text(text))
                        : x.start() == y.start() && x.end() == y.end()).findFirst().orElse(null);
                if (hit != null) {
                    unmatched.remove(hit);
                    c[0]++;
                } else {
                    c[1]++;
                }
            }
            c[2] += unmatched.size();
        }

        /** Accuracy (correct/total) or precision/recall/F1, by name. */
        public Map<String, double[]> values() {
            Map<String, double[]> out = new TreeMap<>();
            counts.forEach((k, c) -> {
                if (k.startsWith("A|")) {
                    out.put(k.substring(2), new double[] {c[1] == 0 ? 0 : (double) c[0] / c[1], c[1]});
                } else {
                    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
                    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
                    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
                    out.put(k.substring(2), new double[] {p, r, f1, c[0] + c[2]});
                }
            });
            return out;
        }

        public String render() {
            StringBuilder sb = new StringBuilder();
            values().forEach((name, v) -> sb.append(v.length == 2
                    ? String.format(Locale.ROOT, "  %-52s accuracy %.3f  (n=%d)%n", name, v[0], (long) v[1])
                    : String.format(Locale.ROOT, "  %-52s P %.3f  R %.3f  F1 %.3f  (gold n=%d)%n", name, v[0], v[1],
                            v[2], (long) v[3])));
            return sb.toString();
        }
    }
}
