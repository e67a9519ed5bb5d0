/**
 * The immutable records that flow between Dyad's pipeline stages:
 * {@link org.dyad.model.RawDocument} (read) → {@link org.dyad.model.CleanArticle} (clean) →
 * {@link org.dyad.model.AnnotatedArticle} (annotate) → {@link org.dyad.model.Document} (code, the JSON contract).
 */
package org.dyad.model;
