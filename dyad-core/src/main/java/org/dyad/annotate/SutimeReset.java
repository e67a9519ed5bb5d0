package org.dyad.annotate;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.TimeAnnotator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one SUTime back in the state it was built in, so a document's time values never depend on
 * the documents annotated before it (CoreNLP issue 1061). SUTime's tense rules ("met on Monday"
 * resolves to the past, "will meet on Monday" to the future) tag the shared value of the word
 * ("Monday") with {@code resolveTo}, and the tag stays on that value for every later sentence
 * without a tense of its own. This removes those tags from the values the rules bind, before each
 * document. SUTime has no public handle on them, so they are reached by reflection, once.
 */
final class SutimeReset {
    private static final String TAG = "resolveTo";

    private final List<Value> shared;

    SutimeReset(TimeAnnotator sutime) {
        this.shared = boundValues(sutime);
    }

    /** Forgets the tense tags earlier documents left on SUTime's shared values. */
    void reset() {
        for (Value v : shared) {
            Tags tags = v.getTags();
            if (tags != null && tags.hasTag(TAG)) {
                tags.removeTag(TAG);
            }
        }
    }

    int size() {
        return shared.size();
    }

    private static List<Value> boundValues(TimeAnnotator sutime) {
        try {
            Object extractor = field(sutime, "timexExtractor");
            CoreMapExpressionExtractor<?> rules = (CoreMapExpressionExtractor<?>) field(extractor, "expressionExtractor");
            List<Value> out = new ArrayList<>();
            for (Object v : rules.getEnv().getVariables().values()) {
                if (v instanceof Value value) {
                    out.add(value);
                }
            }
            return out;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this CoreNLP's SUTime cannot be reset between documents: " + e, e);
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
