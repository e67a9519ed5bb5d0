package org.dyad.clean;

import java.util.List;

/**
 * What an extractor found in one document before the shared steps (dateline, boilerplate, dates,
 * language) run. Any field may be null; paragraphs are tidied but not yet filtered.
 *
 * @param language the language the document declares (html lang, feed language), a hint only
 */
record ArticleParts(String title, String published, String publisher, String url, String language,
                    List<String> paragraphs, List<String> warnings) {

    ArticleParts {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }
}
