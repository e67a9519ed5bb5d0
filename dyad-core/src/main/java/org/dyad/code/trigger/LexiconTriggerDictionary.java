package org.dyad.code.trigger;

import java.util.List;
import org.dyad.code.cameo.TriggerLexicon;
import org.dyad.code.cameo.TriggerRule;

/** {@link TriggerDictionary} over Dyad's trigger lexicon ({@code triggers.tsv}, plus a user file). */
public final class LexiconTriggerDictionary implements TriggerDictionary {
    private final TriggerLexicon lexicon;

    public LexiconTriggerDictionary(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static LexiconTriggerDictionary shipped() {
        return new LexiconTriggerDictionary(TriggerLexicon.load());
    }

    @Override
    public List<Pattern> patterns(String lemma, char pos) {
        return lexicon.rulesFor(lemma, pos).stream().map(LexiconTriggerDictionary::pattern).toList();
    }

    private static Pattern pattern(TriggerRule r) {
        return new Pattern(r.lemma(), r.pos(), r.cameo(), r.particle(), r.objects(), r.forbiddenObjects(),
                r.targetPreps(), r.sourceIsObject(), "triggers.tsv:" + r.line());
    }
}
