package org.dyad.store;

import org.dyad.model.DocumentJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;

/**
 * Appends documents' rows (documents, sentences, entities, mentions) in the writer's transaction.
 * {@link #close()} flushes them; only then are they visible to the same transaction's queries.
 */
final class DocumentWriter implements AutoCloseable {
    private final DuckDBAppender doc;
    private final DuckDBAppender sentence;
    private final DuckDBAppender entity;
    private final DuckDBAppender mention;
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    private long seq;

    DocumentWriter(DuckDBConnection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
            rs.next();
            seq = rs.getLong(1);
        }
        doc = c.createAppender("main", "documents");
        sentence = c.createAppender("main", "sentences");
        entity = c.createAppender("main", "entities");
        mention = c.createAppender("main", "mentions");
    }

    /** Appends {@code d} (already checked, id filled) and returns the blocks its events fall in. */
    Set<String> insert(Document d) throws SQLException {
        Appends.row(doc, d.id(), ++seq, d.url(), d.title(), d.published(), d.publisher(),
                d.dateline() == null ? null : d.dateline().place(), d.dateline() == null ? null : d.dateline().date(),
                d.language(), d.origin(), d.body(), DocumentJson.write(d), now);
        List<SentenceSpan> spans = d.sentences();
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan s = spans.get(i);
            Appends.row(sentence, d.id(), i, s.start(), s.end(), Texts.slice(d.body(), s.start(), s.end()));
        }
        List<Entity> es = d.entities();
        for (int i = 0; i < es.size(); i++) {
            Entity e = es.get(i);
            Appends.row(entity, d.id(), i, e.text(), e.type(), e.start(), e.end(), e.value(), e.unit(),
                    e.actor() == null ? null : e.actor().code(), e.actor() == null ? null : e.actor().country());
        }
        return insertMentions(d);
    }

    private Set<String> insertMentions(Document d) throws SQLException {
        Set<String> blocks = new TreeSet<>();
        List<Event> events = d.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (DocumentCheck.codable(e)) {
                MentionRow m = MentionRow.of(d, i, e);
                Appends.row(mention, m.values());
                blocks.add(m.blockKey());
            }
        }
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
