package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;
import org.dyad.store.search.IndexedDocument;

/** Builds the full-text view of a document, from the document itself or from its stored rows. */
final class IndexedDocuments {
    private IndexedDocuments() {
    }

    static IndexedDocument of(Document d) {
        Map<Integer, List<String>> mentions = new HashMap<>();
        List<Event> events = d.events();
        for (int i = 0; i < events.size(); i++) {
            if (DocumentCheck.codable(events.get(i))) {
                mentions.computeIfAbsent(events.get(i).sentence(), k -> new ArrayList<>())
                        .add(ContentHash.of(d.id() + "#" + i));
            }
        }
        List<IndexedDocument.Sentence> sentences = new ArrayList<>();
        List<SentenceSpan> spans = d.sentences();
        for (int i = 0; i < spans.size(); i++) {
            sentences.add(new IndexedDocument.Sentence(i, Texts.slice(d.body(), spans.get(i).start(),
                    spans.get(i).end()), mentions.getOrDefault(i, List.of())));
        }
        return new IndexedDocument(d.id(), d.title(), d.body(), sentences);
    }

    /** The same view rebuilt from DuckDB, for documents whose Lucene entries a crash lost. */
    static IndexedDocument load(Connection c, String docId) throws SQLException {
        String title;
        String body;
        try (PreparedStatement ps = c.prepareStatement("SELECT title, body FROM documents WHERE id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                title = rs.getString(1);
                body = rs.getString(2);
            }
        }
        Map<Integer, List<String>> mentions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sentence_idx, id FROM mentions WHERE doc_id = ? ORDER BY event_idx")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<IndexedDocument.Sentence> sentences = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT idx, text FROM sentences WHERE doc_id = ? ORDER BY idx")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    sentences.add(new IndexedDocument.Sentence(i, rs.getString(2), mentions.getOrDefault(i, List.of())));
                }
            }
        }
        return new IndexedDocument(docId, title, body, sentences);
    }
}
