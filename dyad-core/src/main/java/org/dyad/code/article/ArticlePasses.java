package org.dyad.code.article;

import java.util.List;
import org.dyad.code.lexicon.CueLexicon;

/**
 * The article-level passes, in the order they run: fragments complete the sentence before them,
 * repeated tellings merge, then later mentions qualify what is left.
 */
public final class ArticlePasses {
    private ArticlePasses() {
    }

    public static List<ArticlePass> standard(CueLexicon cues) {
        return List.of(new FragmentTargets(), new RepeatedTellings(), new LaterQualifiers(cues));
    }
}
