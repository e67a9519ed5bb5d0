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
 * {@link org.dyad.code.ActorDictionary} and a {@link org.dyad.code.TriggerDictionary}, alone
 * ({@code replace}) or in front of Dyad's lexicons ({@code add}), plus what the coder cannot do by
 * itself: PETRARCH's paired codes ({@link org.dyad.code.petrarch.Reciprocals}) and discards.
 *
 * <p>What is not carried over: verb patterns with words before the verb ({@code SAID *},
 * {@code NOT *}, {@code % HAVE *}), noun-phrase brackets and second stars (counted, see
 * {@link org.dyad.code.petrarch.VerbFile#unmapped()}); verb transformations; issues. Multi-word
 * object conditions keep one word (see {@link org.dyad.code.petrarch.PetrarchTriggerDictionary}).
 *
 * <p>Scoring: {@link org.dyad.code.petrarch.ValidationRecords} reads {@code PETR.UnitTest.records.xml}
 * style files, {@link org.dyad.code.petrarch.ValidationScore} counts reproduced, loose and extra
 * codings per category ({@code dyad eval petrarch}).
 */
package org.dyad.code.petrarch;
