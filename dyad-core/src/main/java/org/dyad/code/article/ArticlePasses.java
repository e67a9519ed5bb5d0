package org.dyad.code.article;

import java.util.List;
import org.dyad.code.lexicon.CueLexicon;

/**
 * The article-level passes, in the order they run: fragments complete the sentence before them,
 * repeated tellings merge, later mentions qualify what is left and quotation marks report what
 * they hold ({@link CompleteDyads} then drops
 * events without the parties their act needs, on the final codes).
 */
public final class ArticlePasses {
    private ArticlePasses() {
    }

    public static List<ArticlePass> standard(CueLexicon cues) {
        return List.of(new FragmentTargets(), new RepeatedTellings(), new LaterQualifiers(cues), new QuotedSpeech(cues));
    }
}
