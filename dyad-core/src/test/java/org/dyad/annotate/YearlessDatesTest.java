package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearlessDatesTest {
    @Test
    void aMonthAndDayWithoutYearTakeTheYearNearestTheArticle() {
        assertThat(YearlessDates.nearest("December 30", "2022-12-30", "2022-01-02")).isEqualTo("2021-12-30");
        assertThat(YearlessDates.nearest("Dec. 30", "XXXX-12-30", "2022-01-02")).isEqualTo("2021-12-30");
        assertThat(YearlessDates.nearest("in December", "2022-12", "2022-01-02")).isEqualTo("2021-12");
        assertThat(YearlessDates.nearest("January 3", "2021-01-03", "2021-12-30")).isEqualTo("2022-01-03");
        assertThat(YearlessDates.nearest("March 3", "2021-03-03", "2021-06-01")).isEqualTo("2021-03-03");
    }

    @Test
    void aMonthAloneIsTheLatestSuchMonthUpToTheArticle() {
        assertThat(YearlessDates.nearest("January", "2006-01", "2005-12-10")).isEqualTo("2005-01");
        assertThat(YearlessDates.nearest("in April", "XXXX-04", "2009-02-03")).isEqualTo("2008-04");
        assertThat(YearlessDates.nearest("January", "2009-01", "2009-02-03")).isEqualTo("2009-01");
    }

    @Test
    void statedYearsRelativeDatesAndOtherValuesAreLeftAlone() {
        assertThat(YearlessDates.nearest("December 30, 2022", "2022-12-30", "2022-01-02")).isEqualTo("2022-12-30");
        assertThat(YearlessDates.nearest("next December", "2022-12", "2022-01-02")).isEqualTo("2022-12");
        assertThat(YearlessDates.nearest("last January", "2021-01", "2022-01-02")).isEqualTo("2021-01");
        assertThat(YearlessDates.nearest("Monday", "2022-01-03", "2022-01-02")).isEqualTo("2022-01-03");
        assertThat(YearlessDates.nearest("three months", "P3M", "2022-01-02")).isEqualTo("P3M");
        assertThat(YearlessDates.nearest("December 30", "2022-12-30", null)).isEqualTo("2022-12-30");
    }
}
