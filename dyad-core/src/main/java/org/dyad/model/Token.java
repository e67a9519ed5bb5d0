package org.dyad.model;

/**
 * A token of an annotated sentence. {@code index} is 1-based within the sentence (0 is the root in
 * dependencies); offsets index into the body.
 *
 * @param head     index of the syntactic head (0 = root), or -1 when the sentence was not parsed
 * @param relation universal-dependency relation to the head (nsubj, obj, obl, nmod…), or null
 */
public record Token(
        int index,
        String word,
        String lemma,
        String pos,
        String ner,
        int start,
        int end,
        int head,
        String relation) {

    public boolean isVerb() {
        return pos != null && pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos != null && pos.startsWith("NN");
    }

    public Token withDependency(int newHead, String newRelation) {
        return new Token(index, word, lemma, pos, ner, start, end, newHead, newRelation);
    }
}
