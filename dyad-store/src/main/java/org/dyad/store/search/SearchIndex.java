package org.dyad.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of the store: one Lucene document per stored document (title + body) and one per
 * sentence. Every Lucene document is written with {@code updateDocument} keyed by a stable id, so
 * replaying a document after a crash replaces rather than duplicates.
 */
public final class SearchIndex implements Closeable {
    static final String KEY = "key";
    static final String DOC_KEY = "doc_key";
    static final String DOC_ID = "doc_id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    /** The document's title stored on sentence entries (not searchable there, so not the same field). */
    static final String SENTENCE_TITLE = "doc_title";
    static final String TEXT = "text";
    static final String SENTENCE = "sentence";
    static final String MENTION = "mention";
    static final String HAS_MENTION = "has_mention";
    static final String KIND_DOC = "doc";
    static final String KIND_SENTENCE = "sentence";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Commits (fsync) are costly; between them a crash is repaired by reconciling with DuckDB on open. */
    private static final int COMMIT_EVERY_BATCHES = 50;
    private static final long COMMIT_EVERY_NANOS = 10_000_000_000L;
    private int pending;
    private long lastCommit = System.nanoTime();

    public SearchIndex(Path path) {
        try {
            dir = FSDirectory.open(path);
            writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** Adds or replaces {@code d}; sentences first, so a document entry implies its sentences. */
    public void index(IndexedDocument d) {
        try {
            for (IndexedDocument.Sentence s : d.sentences()) {
                writer.updateDocument(new Term(KEY, "s:" + d.docId() + ":" + s.index()), sentenceDoc(d, s));
            }
            writer.updateDocument(new Term(KEY, "d:" + d.docId()), documentDoc(d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document documentDoc(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, "d:" + d.docId(), Field.Store.NO));
        doc.add(new StringField(DOC_KEY, d.docId(), Field.Store.NO));
        doc.add(new StringField(DOC_ID, d.docId(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_DOC, Field.Store.NO));
        doc.add(new TextField(TITLE, nonNull(d.title()), Field.Store.YES));
        doc.add(new TextField(TEXT, d.body(), Field.Store.YES));
        return doc;
    }

    private static Document sentenceDoc(IndexedDocument d, IndexedDocument.Sentence s) {
        Document doc = new Document();
        doc.add(new StringField(KEY, "s:" + d.docId() + ":" + s.index(), Field.Store.NO));
        doc.add(new StringField(DOC_ID, d.docId(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_SENTENCE, Field.Store.NO));
        doc.add(new StoredField(SENTENCE_TITLE, nonNull(d.title())));
        doc.add(new StoredField(SENTENCE, s.index()));
        doc.add(new TextField(TEXT, s.text(), Field.Store.YES));
        for (String m : s.mentionIds()) {
            doc.add(new StringField(MENTION, m, Field.Store.YES));
        }
        if (!s.mentionIds().isEmpty()) {
            doc.add(new StringField(HAS_MENTION, "y", Field.Store.NO));
        }
        return doc;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Removes a document and its sentences. */
    public void delete(String docId) {
        try {
            writer.deleteDocuments(new Term(DOC_ID, docId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was indexed visible to searches, and durable when the last commit is old enough. */
    public void publish() {
        try {
            pending++;
            if (pending >= COMMIT_EVERY_BATCHES || System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                commit();
            } else {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything indexed so far durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
            pending = 0;
            lastCommit = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the documents whose document entry is in the index (committed or not). */
    public Set<String> documentIds() {
        Set<String> ids = new HashSet<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : r.leaves()) {
                Terms terms = leaf.reader().terms(DOC_KEY);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    ids.add(t.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** Number of live Lucene documents (stored documents + sentences). */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Mention ids of the sentences matching {@code q}, best first, at most {@code cap}. */
    public List<String> mentionIds(String q, int cap) {
        Query query = new BooleanQuery.Builder()
                .add(QueryText.parse(q, analyzer), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, KIND_SENTENCE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(HAS_MENTION, "y")), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(s -> {
            Set<String> ids = new LinkedHashSet<>();
            for (ScoreDoc sd : s.search(query, cap).scoreDocs) {
                for (String m : s.storedFields().document(sd.doc).getValues(MENTION)) {
                    ids.add(m);
                }
            }
            return new ArrayList<>(ids).subList(0, Math.min(ids.size(), cap));
        });
    }

    /** A page of hits over documents and sentences; {@code total} is the number of matching entries. */
    public TextHits search(String q, int offset, int limit) {
        Query query = QueryText.parse(q, analyzer);
        return withSearcher(s -> {
            TopDocs top = s.search(query, Math.max(1, offset + limit));
            List<TextHit> hits = new ArrayList<>();
            Snippets snippets = new Snippets(query, analyzer);
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = s.storedFields().document(sd.doc);
                var sentence = doc.getField(SENTENCE);
                String title = sentence == null ? doc.get(TITLE) : doc.get(SENTENCE_TITLE);
                hits.add(new TextHit(doc.get(DOC_ID), title,
                        sentence == null ? null : sentence.numericValue().intValue(),
                        snippets.of(doc.get(TEXT), sentence == null ? title : null), sd.score));
            }
            return new TextHits(top.totalHits.value, hits);
        });
    }

    /** Hits and how many entries matched in all. */
    public record TextHits(long total, List<TextHit> hits) {
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        dir.close();
    }
}
