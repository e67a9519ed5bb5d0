package org.dyad.bench;

import org.dyad.annotate.Annotator;
import org.dyad.code.DyadEventCoder;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CleanArticle;

/** Dyad's annotate + code on a clean article: the pipeline without reading, cleaning and JSON. */
public final class DyadWorkload implements Workload {
    private final Annotator annotator;
    private final DyadEventCoder coder;

    public DyadWorkload(Annotator annotator, DyadEventCoder coder) {
        this.annotator = annotator;
        this.coder = coder;
    }

    @Override
    public String name() {
        return "dyad";
    }

    @Override
    public boolean codesEvents() {
        return true;
    }

    @Override
    public Counts process(CleanArticle article) {
        AnnotatedArticle annotated = annotator.annotate(article, coder.parseFilter());
        DyadEventCoder.Coding coding = coder.codeAll(annotated);
        long parsed = annotated.sentences().stream().filter(s -> s.parsed()).count();
        return new Counts(annotated.sentences().size(), parsed, coding.events().size());
    }
}
