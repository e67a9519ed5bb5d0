package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    private final BoilerplateFilter standard = BoilerplateFilter.standard();

    @Test
    void phrasesMatchIgnoringCaseSpacingAndTrailingPunctuation() {
        BoilerplateFilter filter = BoilerplateFilter.parse(List.of("# comment", "", "related posts", "re:share on \\w+"));
        assertThat(filter.isFurniture("Related  Posts:")).isTrue();
        assertThat(filter.isFurniture("RELATED POSTS.")).isTrue();
        assertThat(filter.isFurniture("Share on Facebook")).isTrue();
        assertThat(filter.isFurniture("Related posts were removed by the editor.")).isFalse();
    }

    @Test
    void shippedRulesCatchCommonFurniture() {
        assertThat(List.of("Share on facebook", "Share on linkedin", "On Key", "Related Posts", "Skip to main content",
                "We use cookies to improve your experience on our site.", "Sign up for our newsletter",
                "By Jane Doe", "By Jane Doe and John Smith | Reuters", "© 2021 Example News. All rights reserved.",
                "Advertisement", "Read more: Ten things to know", "Follow us on Twitter"))
                .allSatisfy(line -> assertThat(standard.isFurniture(line)).as(line).isTrue());
    }

    @Test
    void realSentencesSurviveEvenWhenTheyMentionFurnitureWords() {
        assertThat(List.of("By contrast, the ministry said it would share the data.",
                "By Monday, the talks had collapsed.",
                "Share prices fell sharply in Moscow on Tuesday after the announcement.",
                "The company said it uses cookies to track users, which regulators say breaks the law and which "
                        + "the commission will now investigate in detail over the coming months with several partners.",
                "Home Secretary Priti Patel said the rules would change."))
                .allSatisfy(line -> assertThat(standard.isFurniture(line)).as(line).isFalse());
    }

    @Test
    void trailingSignatureLinesAreCutButAOneLineDocumentStays() {
        assertThat(standard.filter(List.of("Iran signed a contract.", "Institute for International Political and "
                + "Economic Strategies – RUSSTRAT", "Russtrat world"), "RUSSTRAT Institute"))
                .containsExactly("Iran signed a contract.");
        assertThat(standard.filter(List.of("Russia attacks Ukraine"), null)).containsExactly("Russia attacks Ukraine");
    }

    @Test
    void lowerCaseClosingFragmentsAreTextNotSignatures() {
        assertThat(standard.filter(List.of("Troops crossed the border.", "Residents fled south", "toward the capital"), null))
                .containsExactly("Troops crossed the border.", "Residents fled south", "toward the capital");
        assertThat(standard.filter(List.of("Troops crossed the border.", "Russtrat world"), null))
                .containsExactly("Troops crossed the border.", "Russtrat world");
    }
}
