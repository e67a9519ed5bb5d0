/**
 * Stage 4, code: finds dyadic events in annotated sentences. {@link org.dyad.code.DyadEventCoder}
 * assembles the stages, one package each, data flowing one way (a package depends only on packages
 * listed before it):
 * <ol>
 * <li>{@code syntax}: the dependency tree of a parsed sentence, mended where the parser errs the same
 * way every time ({@link org.dyad.code.syntax.ParseRepairs});</li>
 * <li>{@code data}, {@code lexicon}, {@code cameo}: the shipped data files (actors, sectors, places,
 * cues, CAMEO codes, triggers) and their loaders;</li>
 * <li>{@code actor}: who is named ({@link org.dyad.code.actor.ActorResolver});</li>
 * <li>{@code trigger}: which words are events ({@link org.dyad.code.trigger.TriggerFinder});</li>
 * <li>{@code time} and {@code place}: when and where ({@link org.dyad.code.time.EventDater},
 * {@link org.dyad.code.place.PlaceResolver});</li>
 * <li>{@code certainty}: how sure the text is and who says so
 * ({@link org.dyad.code.certainty.CertaintyClassifier});</li>
 * <li>{@code draft}: the immutable {@link org.dyad.code.draft.EventDraft} an event is before it is frozen;</li>
 * <li>{@code argument}: who did it to whom ({@link org.dyad.code.argument.ArgumentFinder}), completed
 * from the drafts before ({@link org.dyad.code.argument.ContextParties});</li>
 * <li>{@code article}: passes over all of an article's drafts ({@link org.dyad.code.article.ArticlePass})
 * and, last, the final codes: expressed intentions ({@link org.dyad.code.article.StatedIntents}), the
 * parties each act needs ({@link org.dyad.code.article.CompleteDyads}) and the acts the coding guide
 * does not code ({@link org.dyad.code.article.UncodedActs}).</li>
 * </ol>
 * Only the coder holds the list of drafts; every stage returns new values. {@code petrarch} reads
 * PETRARCH dictionaries into the same actor and trigger interfaces.
 */
package org.dyad.code;
