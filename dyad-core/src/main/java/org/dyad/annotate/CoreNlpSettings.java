package org.dyad.annotate;

import java.util.Properties;

/**
 * The CoreNLP settings Dyad uses, and the stock ones it is benchmarked against. Measured here: the
 * default English NER (three CRFs, fine-grained types, regexner) takes ~95% of pipeline time; one
 * CoNLL 4-class CRF with SUTime and the numeric classifiers keeps every entity type Dyad needs
 * (actor types come from Dyad's own lexicons anyway) at about a third of the cost.
 */
public final class CoreNlpSettings {
    private CoreNlpSettings() {
    }

    /** Tagging and NER for every sentence. */
    public static Properties tagging() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // untokenizable junk should not flood stderr with warnings
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
        // a blank line ends a sentence, so headline, dateline and footer never merge into one
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        // SUTime runs separately, only on sentences that may hold a time (see TimeCues)
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("pos.maxlen", "200");
        p.setProperty("ner.maxlen", "200");
        return p;
    }

    /** SUTime alone, run on the sentences that may hold a time expression. */
    public static Properties time() {
        Properties p = new Properties();
        p.setProperty("sutime.includeRange", "true");
        return p;
    }

    /** The dependency parser alone, run on sentences already tagged (see DependencyParsing). */
    public static Properties parsing() {
        Properties p = new Properties();
        // longer "sentences" are tables or lists run together: no event, and slow to parse
        p.setProperty("depparse.maxlen", "120");
        return p;
    }

    /** CoreNLP's stock English pipeline with the dependency parser, for benchmarks. */
    public static Properties stockWithParser() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }
}
