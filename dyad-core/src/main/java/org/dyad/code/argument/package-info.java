/**
 * Coder stage: arguments. Source and target of each trigger from the dependency tree, and parties
 * carried over from context when the sentence does not name them.
 */
package org.dyad.code.argument;
