/**
 * Coder stage: article passes. What needs more than one sentence: fragments that complete the
 * sentence before, the same event told twice, later sentences that qualify an event; then the final
 * codes: expressed intentions, complete dyads, acts the coding guide does not code.
 */
package org.dyad.code.article;
