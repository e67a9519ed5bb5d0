package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearestWeekdayTest {
    @Test
    void aBareWeekdayIsOneOfTheDaysAroundTheArticle() {
        // Saturday 17 July 2010: Friday is the day before
        assertThat(NearestWeekday.of("Friday", "2010-07-23", "2010-07-17")).isEqualTo("2010-07-16");
        // Tuesday 28 March 2006: Wednesday is the day after
        assertThat(NearestWeekday.of("Wednesday", "2006-03-22", "2006-03-28")).isEqualTo("2006-03-29");
        assertThat(NearestWeekday.of("on Monday", "2021-10-18", "2021-10-26")).isEqualTo("2021-10-25");
        assertThat(NearestWeekday.of("Tuesday", "2021-10-26", "2021-10-26")).isEqualTo("2021-10-26");
        assertThat(NearestWeekday.of("Friday's", "2021-10-29", "2021-10-27")).isEqualTo("2021-10-29");
        // three days ahead or four back: the past one (Saturday 27 May 2006, "Tuesday")
        assertThat(NearestWeekday.of("Tuesday", "2006-05-30", "2006-05-27")).isEqualTo("2006-05-23");
    }

    @Test
    void weekdaysThatSayMoreAreLeftAlone() {
        assertThat(NearestWeekday.of("last Friday", "2021-10-15", "2021-10-26")).isEqualTo("2021-10-15");
        assertThat(NearestWeekday.of("next Monday", "2021-11-01", "2021-10-26")).isEqualTo("2021-11-01");
        assertThat(NearestWeekday.of("Monday, October 18", "2021-10-18", "2021-10-26")).isEqualTo("2021-10-18");
        assertThat(NearestWeekday.of("Friday", "XXXX-WXX-5", "2021-10-26")).isEqualTo("XXXX-WXX-5");
        assertThat(NearestWeekday.of("Friday", "2021-10-29", null)).isEqualTo("2021-10-29");
    }
}
