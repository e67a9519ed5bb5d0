package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.CleanArticle;
import org.dyad.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * A document's time values do not depend on the documents annotated before it on the same thread.
 * Without {@link SutimeReset}, "Monday" in the headline-style sentence below resolves to the
 * coming Monday when annotated first and to the past Monday after a story told in the past tense.
 */
class SutimeResetTest {
    private static final String UNTENSED = "Fresh talks on Monday in Geneva.";
    private static final String PAST = "The ministers met on Monday and talked on Tuesday.";
    private static final String FUTURE = "The ministers will meet on Monday and will talk on Tuesday.";

    private static List<String> dates(String text) {
        CleanArticle a = new CleanArticle("t", null, null, "2005-01-05", null, null, "en", text, List.of());
        return CoreNlpAnnotator.shared().annotate(a, tokens -> false).entities().stream()
                .filter(e -> "DATE".equals(e.type())).map(Entity::value).toList();
    }

    @Test
    void earlierDocumentsLeaveNoTenseBehind() {
        List<String> first = dates(UNTENSED);
        assertThat(dates(PAST)).containsExactly("2005-01-03", "2005-01-04");
        List<String> afterPast = dates(UNTENSED);
        assertThat(dates(FUTURE)).containsExactly("2005-01-10", "2005-01-11");
        List<String> afterFuture = dates(UNTENSED);

        assertThat(first).hasSize(1);
        assertThat(afterPast).isEqualTo(first);
        assertThat(afterFuture).isEqualTo(first);
    }

    @Test
    void theResetReachesSutimesSharedValues() {
        SutimeReset reset = new SutimeReset(new edu.stanford.nlp.time.TimeAnnotator("sutime", CoreNlpSettings.time()));
        assertThat(reset.size()).as("values bound by SUTime's rules").isGreaterThan(50);
    }
}
