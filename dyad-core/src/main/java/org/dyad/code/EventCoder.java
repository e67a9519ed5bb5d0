package org.dyad.code;

import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;

/** Stage 4: the dyadic events of an annotated article, each tied to its sentence and words. */
public interface EventCoder {
    List<Event> code(AnnotatedArticle article);
}
