package org.dyad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a Lucene query over title and text. Lucene syntax (phrases, AND, -x)
 * works; text that is not valid syntax is searched as plain words instead of failing.
 */
final class QueryText {
    private QueryText() {
    }

    static Query parse(String q, Analyzer analyzer) {
        if (q == null || q.isBlank()) {
            return new MatchNoDocsQuery("empty query");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {SearchIndex.TITLE, SearchIndex.TEXT}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            try {
                return parser.parse(QueryParser.escape(q));
            } catch (ParseException | IndexSearcher.TooManyClauses again) {
                return new MatchNoDocsQuery("unparsable query");
            }
        }
    }
}
