/**
 * Stage 3, annotate: Stanford CoreNLP turns a clean article into sentences, tokens and normalised
 * entities (SUTime dates anchored on the article's own date, MONEY with its currency). The
 * dependency parser, the slowest part, runs only on the sentences the event coder asks for, and
 * its network is scored by {@link org.dyad.annotate.ParserNetwork} (CoreNLP's weights and sums,
 * faster loops), so the parses are CoreNLP's own — except in two places where the parser loses
 * the main clause, and the pieces are parsed apart and joined: a sentence's opening adverbial ("To a
 * packed audience at …, Mr Brown accused…", {@link org.dyad.annotate.FrontedAdverbials}) and a
 * relative clause between the subject and its verb ("Peter Nielson, who is UKIP Scotland chairman,
 * said…", {@link org.dyad.annotate.InterruptingRelatives}); {@link org.dyad.annotate.SentenceParts}
 * does the cutting and joining.
 */
package org.dyad.annotate;
