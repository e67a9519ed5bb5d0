package org.dyad.clean;

import org.dyad.model.CleanArticle;
import org.dyad.model.RawDocument;

/** Stage 2, clean: strips page furniture and finds title, date, dateline, publisher and language. */
public interface ArticleCleaner {
    /**
     * @throws SkipException when the document holds no usable article (empty, binary, no text)
     */
    CleanArticle clean(RawDocument raw) throws SkipException;
}
