package org.dyad.learn;

import java.util.List;

/**
 * One training sentence with what its source says about it. A null field is a label the source
 * does not give (Multi-CoPED gives a five-class label but no root; no mapped corpus gives
 * certainty); heads train only on sentences that carry their label.
 *
 * @param ref        where the sentence comes from (corpus, file, offsets or record id); never text
 * @param group      sentences sharing a group (an article, a sentence found in two files) always
 *                   fall in the same cross-validation fold
 * @param event      whether the sentence holds an event by the coding guide
 * @param root       two-digit CAMEO root of its main event
 * @param penta      Multi-CoPED five-class label (0-4) of its main event
 * @param plover     PLOVER 2021 event type of its main event
 * @param certainty  Dyad certainty label of its main event
 * @param spans      source/target spans of the main event; meaningful only when {@code spansCoded}
 * @param spansCoded whether the source marked the parties (an empty list then means "none named")
 */
public record CodedSentence(String ref, String group, String text, Boolean event, String root, Integer penta,
                            String plover, String certainty, List<ActorSpan> spans, boolean spansCoded) {

    public CodedSentence {
        spans = List.copyOf(spans);
    }

    /** The five-class label, from the root when the source gave one. */
    public Integer pentaLabel() {
        if (penta != null) {
            return penta;
        }
        int p = org.dyad.eval.PentaClass.ofRoot(root);
        return p < 0 ? null : p;
    }
}
