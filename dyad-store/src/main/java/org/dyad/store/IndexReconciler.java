package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.dyad.store.search.SearchIndex;

/**
 * Brings Lucene in line with DuckDB on open: documents committed to DuckDB but not (durably) indexed
 * are re-indexed; index entries of documents DuckDB does not hold are removed. Lucene writes are
 * keyed updates, so reconciling twice changes nothing.
 */
final class IndexReconciler {
    private static final System.Logger LOG = System.getLogger(IndexReconciler.class.getName());

    private IndexReconciler() {
    }

    /** @return how many documents were re-indexed */
    static int reconcile(Connection c, SearchIndex index) throws SQLException {
        Set<String> indexed = index.documentIds();
        Set<String> stored = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM documents")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        int repaired = 0;
        for (String id : stored) {
            if (!indexed.contains(id)) {
                index.index(IndexedDocuments.load(c, id));
                repaired++;
            }
        }
        int removed = 0;
        for (String id : indexed) {
            if (!stored.contains(id)) {
                index.delete(id);
                removed++;
            }
        }
        if (repaired + removed > 0) {
            index.commit();
            LOG.log(System.Logger.Level.INFO, "search index repaired: " + repaired + " re-indexed, " + removed
                    + " removed");
        }
        return repaired;
    }
}
