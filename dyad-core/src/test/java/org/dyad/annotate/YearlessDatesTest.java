package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearlessDatesTest {
    @Test
    void aMonthAndDayWithoutYearTakeTheYearNearestTheArticle() {
        assertThat(YearlessDates.nearest("December 30", "2022-12-30", "2022-01-02")).isEqualTo("2021-12-30");
        assertThat(YearlessDates.nearest("Dec. 30", "XXXX-12-30", "2022-01-02")).isEqualTo("2021-12-30");
        assertThat(YearlessDates.nearest("January 3", "2021-01-03", "2021-12-30")).isEqualTo("2022-01-03");
        assertThat(YearlessDates.nearest("March 3", "2021-03-03", "2021-06-01")).isEqualTo("2021-03-03");
    }

    @Test
    void aMonthAloneIsInTheArticlesYearUnlessThatIsFarAhead() {
        assertThat(YearlessDates.nearest("January", "2006-01", "2006-11-10")).isEqualTo("2006-01");
        assertThat(YearlessDates.nearest("early June", "2009-06", "2009-05-14")).isEqualTo("2009-06");
        assertThat(YearlessDates.nearest("in December", "XXXX-12", "2022-01-02")).isEqualTo("2021-12");
        assertThat(YearlessDates.nearest("in July", "2022-07", "2022-01-02")).isEqualTo("2022-07");
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
