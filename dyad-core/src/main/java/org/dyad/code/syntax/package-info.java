/**
 * The dependency tree of one parsed sentence, shared by the coder stages, and
 * {@link org.dyad.code.syntax.ParseRepairs}, which mends misparses the parser makes the same way
 * every time before any stage reads the tree.
 */
package org.dyad.code.syntax;
