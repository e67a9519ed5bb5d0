package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021-10-26|2021-10-26",
            "2021-10-26T10:15:30Z|2021-10-26T10:15:30Z",
            "2021-10-26T10:15:30+03:00|2021-10-26T10:15:30+03:00",
            "2021-10-26T10:15:30.123+0300|2021-10-26T10:15:30+03:00",
            "2021-10-26T10:15:30|2021-10-26",
            "Tue, 26 Oct 2021 10:15:30 GMT|2021-10-26T10:15:30Z",
            "Tue, 26 Oct 2021 10:15:30 -0400|2021-10-26T10:15:30-04:00",
            "26 Oct 2021 10:15 EST|2021-10-26T10:15:00-05:00",
            "26 Oct 2021|2021-10-26",
            "26th October 2021|2021-10-26",
            "October 26, 2021|2021-10-26",
            "Oct. 26, 2021|2021-10-26",
            "Published: Sept 3rd 2019 at noon|2019-09-03",
            "2021/10/26|2021-10-26",
            "26.10.2021|2021-10-26",
            "10/26/2021|2021-10-26",
            "MOSCOW, 26 Oct 2021, RUSSTRAT Institute.|2021-10-26",
    })
    void normalisesCommonForms(String input, String iso) {
        assertThat(PublishedDateParser.toIso(input)).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2021-13-45", "31 February 2021", "March 3", "no date here 12345"})
    void returnsNothingForNonDates(String input) {
        assertThat(PublishedDateParser.toIso(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"March 3|2021-03-03", "3 March|2021-03-03", "October 26|2021-10-26"})
    void usesTheYearHintOnlyWhenTheYearIsMissing(String input, String iso) {
        assertThat(PublishedDateParser.toIso(input, 2021)).contains(iso);
        assertThat(PublishedDateParser.toIso("October 26, 2019", 2021)).contains("2019-10-26");
    }
}
