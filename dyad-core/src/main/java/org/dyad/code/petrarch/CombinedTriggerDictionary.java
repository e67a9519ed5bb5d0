package org.dyad.code.petrarch;

import java.util.List;
import org.dyad.code.trigger.TriggerDictionary;

/**
 * Two trigger dictionaries: a word the first knows is read by the first only (PETRARCH's reading
 * of "restore" replaces Dyad's, it is not mixed with it); other words go to the second.
 */
public final class CombinedTriggerDictionary implements TriggerDictionary {
    private final TriggerDictionary first;
    private final TriggerDictionary second;

    public CombinedTriggerDictionary(TriggerDictionary first, TriggerDictionary second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public List<Pattern> patterns(String lemma, char pos) {
        List<Pattern> mine = first.patterns(lemma, pos);
        return mine.isEmpty() ? second.patterns(lemma, pos) : mine;
    }

    @Override
    public boolean codesIntentions(Pattern pattern) {
        boolean fromFirst = first.patterns(pattern.lemma(), pattern.pos()).contains(pattern);
        return fromFirst ? first.codesIntentions(pattern) : second.codesIntentions(pattern);
    }
}
