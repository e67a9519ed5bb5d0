package org.dyad.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/** Highlighted, HTML-escaped snippets: the encoder escapes the text, only our {@code <mark>} tags are markup. */
final class Snippets {
    private static final int FRAGMENT_CHARS = 180;
    private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
    private final Highlighter text;
    private final Highlighter title;
    private final Analyzer analyzer;

    Snippets(Query query, Analyzer analyzer) {
        this.analyzer = analyzer;
        SimpleHTMLFormatter mark = new SimpleHTMLFormatter("<mark>", "</mark>");
        text = new Highlighter(mark, encoder, new QueryScorer(query, SearchIndex.TEXT));
        text.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        title = new Highlighter(mark, encoder, new QueryScorer(query, SearchIndex.TITLE));
    }

    /** The best fragments of the text; else the highlighted title; else the start of the text. */
    String of(String body, String titleText) {
        try {
            String s = body == null ? null : text.getBestFragments(analyzer.tokenStream(SearchIndex.TEXT, body), body, 2, " … ");
            if (s != null && !s.isEmpty()) {
                return s;
            }
            String t = titleText == null ? null : title.getBestFragment(analyzer, SearchIndex.TITLE, titleText);
            if (t != null) {
                return t;
            }
            String start = body == null ? "" : body.substring(0, Math.min(body.length(), FRAGMENT_CHARS));
            return SimpleHTMLEncoder.htmlEncode(start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return SimpleHTMLEncoder.htmlEncode(body == null ? "" : body);
        }
    }
}
