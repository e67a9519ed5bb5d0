package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Document;
import org.dyad.store.search.SearchIndex;

/**
 * One transaction: insert the new documents of a batch, regroup the blocks they touch, commit; then
 * index them in Lucene. If the process dies after the commit, {@link IndexReconciler} finishes the
 * Lucene part on the next open. Lucene is made visible after every batch but committed (fsync) only
 * every so often, for the same reason: DuckDB is the record, Lucene can be rebuilt from it.
 */
final class BatchIngest {
    private static final System.Logger LOG = System.getLogger(BatchIngest.class.getName());
    private final DuckDBConnection db;
    private final SearchIndex index;

    BatchIngest(DuckDBConnection db, SearchIndex index) {
        this.db = db;
        this.index = index;
    }

    List<IngestResult> run(List<Document> batch) throws SQLException {
        List<IngestResult> results = new ArrayList<>();
        List<Document> added = new ArrayList<>();
        db.setAutoCommit(false);
        try {
            Set<String> blocks = new TreeSet<>();
            Set<String> seen = stored(batch);
            try (DocumentWriter w = new DocumentWriter(db)) {
                for (Document raw : batch) {
                    Optional<String> problem = DocumentCheck.problem(raw);
                    if (problem.isPresent()) {
                        LOG.log(System.Logger.Level.WARNING, "skipped: " + problem.get());
                        results.add(IngestResult.SKIPPED);
                        continue;
                    }
                    Document d = DocumentCheck.withId(raw);
                    if (!seen.add(d.id())) {
                        results.add(IngestResult.UNCHANGED);
                        continue;
                    }
                    blocks.addAll(w.insert(d));
                    added.add(d);
                    results.add(IngestResult.ADDED);
                }
            }
            if (!added.isEmpty()) {
                Regrouper.regroup(db, blocks);
                Regrouper.rebuildActors(db);
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        indexAfterCommit(added);
        return results;
    }

    /** Ids of the batch's documents that are already stored (one query for the whole batch). */
    private Set<String> stored(List<Document> batch) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (Document d : batch) {
            if (DocumentCheck.problem(d).isEmpty()) {
                ids.add(DocumentCheck.withId(d).id());
            }
        }
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id FROM documents WHERE id IN (" + Sql.placeholders(ids.size()) + ")")) {
            Sql.bindAll(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** The data is safe in DuckDB by now; an index failure is repaired on the next open, not reported as a loss. */
    private void indexAfterCommit(List<Document> added) {
        if (added.isEmpty()) {
            return;
        }
        try {
            for (Document d : added) {
                index.index(IndexedDocuments.of(d));
            }
            index.publish();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "full-text indexing failed; it will be redone on next open: " + e);
        }
    }
}
