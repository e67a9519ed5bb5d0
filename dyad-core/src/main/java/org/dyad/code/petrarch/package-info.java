/**
 * PETRARCH compatibility: Dyad coding with PETRARCH-format dictionaries, and scoring against
 * PETRARCH validation records.
 *
 * <p>Readers: {@link org.dyad.code.petrarch.ActorFile} ({@code .actors.txt}: names, {@code +}
 * synonyms, dated codes), {@link org.dyad.code.petrarch.AgentFile} ({@code .agents.txt}: sector
 * codes {@code [~SEC]} / {@code [SEC~]}, plurals, substitution sets),
 * {@link org.dyad.code.petrarch.VerbFile} ({@code .verbs.txt}: blocks, verb forms, multi-word verbs,
 * synsets, patterns) and {@link org.dyad.code.petrarch.DiscardFilter} ({@code .discards.txt}).
 * {@link org.dyad.code.petrarch.PetrarchDictionaries} loads a folder of them and gives the coder an
 * {@link org.dyad.code.actor.ActorDictionary} and a {@link org.dyad.code.trigger.TriggerDictionary}, alone
 * ({@code replace}) or in front of Dyad's lexicons ({@code add}), plus what the coder cannot do by
 * itself: PETRARCH's paired codes ({@link org.dyad.code.petrarch.Reciprocals}) and discards.
 *
 * <p>How patterns are read: the words of a pattern, before and after the star, must stand around
 * the verb in that order as written ({@link org.dyad.code.trigger.WordContext}; {@code _} joins consecutive
 * words, a phrase glued to the star touches the verb); {@code %} before the star asks for a
 * conjoined subject whose parties act on each other; where the grammar gives no target (a passive:
 * no source), the first actor after the verb in its phrase takes the role, as PETRARCH reads parties
 * off the verb phrase. Agents govern the names after them, also after "from" and across lists
 * ("ambassadors of Arnor, Osgiliath and Gondor").
 *
 * <p>What is not carried over: noun-phrase brackets and second stars (counted, see
 * {@link org.dyad.code.petrarch.VerbFile#unmapped()}); the positions {@code +}, {@code $} and
 * {@code ^} give the target, source and a skipped phrase (Dyad finds the parties by grammar and
 * the fallback above); null-coded patterns with words before the verb; verb transformations;
 * issues.
 *
 * <p>Scoring: {@link org.dyad.code.petrarch.ValidationRecords} reads {@code PETR.UnitTest.records.xml}
 * style files, {@link org.dyad.code.petrarch.ValidationScore} counts reproduced, loose and extra
 * codings per category ({@code dyad eval petrarch}).
 */
package org.dyad.code.petrarch;
