package org.dyad.store.search;

import java.util.List;

/** What the full-text index holds for one document: its title and body, and each sentence with its mentions. */
public record IndexedDocument(String docId, String title, String body, List<Sentence> sentences) {
    public IndexedDocument {
        sentences = List.copyOf(sentences);
    }

    /** @param mentionIds the stored mentions coded from this sentence (stable content hashes) */
    public record Sentence(int index, String text, List<String> mentionIds) {
        public Sentence {
            mentionIds = List.copyOf(mentionIds);
        }
    }
}
