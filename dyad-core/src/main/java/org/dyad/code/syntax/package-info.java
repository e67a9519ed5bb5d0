/**
 * The dependency tree of one parsed sentence, shared by the coder stages.
 */
package org.dyad.code.syntax;
