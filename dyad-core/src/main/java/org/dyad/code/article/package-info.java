/**
 * Coder stage: article passes. What needs more than one sentence: fragments that complete the
 * sentence before, the same event told twice, later sentences that qualify an event, stated intentions.
 */
package org.dyad.code.article;
