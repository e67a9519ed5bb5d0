/**
 * Dyad's shipped lexicons: countries, international organisations, sector terms, named
 * institutions and a city gazetteer, read once from TSV data files under
 * {@code org/dyad/lexicon/} (format in the README there), plus the phrase matching over
 * CoreNLP tokens that the actor resolver uses. Everything here is immutable and thread-safe.
 */
package org.dyad.code.lexicon;
