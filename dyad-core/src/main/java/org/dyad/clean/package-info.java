/**
 * Stage 2, clean: turns a {@link org.dyad.model.RawDocument} into a {@link org.dyad.model.CleanArticle}.
 *
 * <p>{@link org.dyad.clean.DefaultArticleCleaner} dispatches on the document's format. Plain text
 * gives its title from a headline-like first line; HTML gives its article block through
 * readability4j and its title, date, publisher, canonical URL and language through meta tags,
 * OpenGraph and JSON-LD. Both then share the same steps: the dateline
 * ({@code MOSCOW, 26 Oct 2021, RUSSTRAT Institute.}, {@code WASHINGTON (Reuters) -}) is taken off the
 * first paragraph into {@link org.dyad.model.Dateline}; page furniture listed in
 * {@code boilerplate.txt} (format in the README beside it) and trailing signatures are removed;
 * the body is NFC-normalised with paragraphs separated by a blank line; the date becomes ISO-8601
 * ({@link org.dyad.clean.PublishedDateParser}); the language is detected once the text is long
 * enough, and documents not in English are refused with {@link org.dyad.clean.SkipException}
 * ("language: de") unless {@link org.dyad.clean.CleanOptions#anyLanguage()}.
 *
 * <p>Precedence of metadata: for HTML, what the page says about itself beats the container (feed
 * item, WARC header); for plain text, the container beats the dateline.
 */
package org.dyad.clean;
