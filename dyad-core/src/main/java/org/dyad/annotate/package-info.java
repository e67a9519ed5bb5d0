/**
 * Stage 3, annotate: Stanford CoreNLP turns a clean article into sentences, tokens and normalised
 * entities (SUTime dates anchored on the article's own date, MONEY with its currency). The
 * dependency parser, the slowest part, runs only on the sentences the event coder asks for, and
 * its network is scored by {@link org.dyad.annotate.ParserNetwork} (CoreNLP's weights and sums,
 * faster loops), so the parses are CoreNLP's own — except where the parse put the root inside a
 * sentence's opening adverbial ("To a packed audience at …, Mr Brown accused…"): then the opening
 * and the clause after its comma are parsed apart and joined ({@link org.dyad.annotate.FrontedAdverbials}).
 */
package org.dyad.annotate;
