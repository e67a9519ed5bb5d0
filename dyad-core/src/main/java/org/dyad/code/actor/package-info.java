/**
 * Coder stage: actors. Which parties an article names and their CAMEO codes: countries, capitals,
 * organisations and institutions from an {@link org.dyad.code.actor.ActorDictionary}, people from their
 * titles, appositions and the {@link org.dyad.code.actor.PersonRegistry}, sectors from body words.
 */
package org.dyad.code.actor;
