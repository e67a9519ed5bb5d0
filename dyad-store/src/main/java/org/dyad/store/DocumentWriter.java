package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;

/** Writes one document's rows (documents, sentences, entities, mentions) on the writer connection. */
final class DocumentWriter implements AutoCloseable {
    private final PreparedStatement doc;
    private final PreparedStatement sentence;
    private final PreparedStatement entity;
    private final PreparedStatement mention;

    DocumentWriter(Connection c) throws SQLException {
        doc = c.prepareStatement("INSERT INTO documents (id, seq, url, title, published, publisher, dateline_place, "
                + "dateline_date, language, origin, body, json, ingested_at) "
                + "VALUES (?, nextval('ingest_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sentence = c.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)");
        entity = c.prepareStatement("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        mention = c.prepareStatement("INSERT INTO mentions (" + MentionRow.COLUMNS + ") VALUES ("
                + Sql.placeholders(38) + ")");
    }

    /** Inserts {@code d} (already validated, id filled) and returns the blocks its events fall in. */
    Set<String> insert(Document d) throws SQLException {
        Object[] v = {d.id(), d.url(), d.title(), d.published(), d.publisher(),
            d.dateline() == null ? null : d.dateline().place(), d.dateline() == null ? null : d.dateline().date(),
            d.language(), d.origin(), d.body(), StoreJson.write(d)};
        for (int i = 0; i < v.length; i++) {
            Sql.set(doc, i + 1, v[i]);
        }
        doc.setTimestamp(12, Timestamp.from(Instant.now()));
        doc.executeUpdate();
        insertSentences(d);
        insertEntities(d);
        return insertMentions(d);
    }

    private void insertSentences(Document d) throws SQLException {
        List<SentenceSpan> spans = d.sentences();
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan s = spans.get(i);
            Sql.bindAll(sentence, List.of(d.id(), i, s.start(), s.end(), Texts.slice(d.body(), s.start(), s.end())));
            sentence.addBatch();
        }
        sentence.executeBatch();
    }

    private void insertEntities(Document d) throws SQLException {
        List<Entity> es = d.entities();
        for (int i = 0; i < es.size(); i++) {
            Entity e = es.get(i);
            Object[] v = {d.id(), i, e.text(), e.type(), e.start(), e.end(), e.value(), e.unit(),
                e.actor() == null ? null : e.actor().code(), e.actor() == null ? null : e.actor().country()};
            for (int j = 0; j < v.length; j++) {
                Sql.set(entity, j + 1, v[j]);
            }
            entity.addBatch();
        }
        entity.executeBatch();
    }

    private Set<String> insertMentions(Document d) throws SQLException {
        Set<String> blocks = new TreeSet<>();
        List<Event> events = d.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!DocumentCheck.codable(e)) {
                continue;
            }
            MentionRow m = MentionRow.of(d, i, e);
            m.bind(mention);
            mention.addBatch();
            blocks.add(m.blockKey());
        }
        mention.executeBatch();
        return blocks;
    }

    @Override
    public void close() throws SQLException {
        doc.close();
        sentence.close();
        entity.close();
        mention.close();
    }
}
