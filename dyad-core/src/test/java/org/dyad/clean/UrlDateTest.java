package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {

    @Test
    void readsTheDayNewsSitesPutInTheirPaths() {
        assertThat(UrlDate.of("http://www.washingtonpost.com/world/gunmen-storm-museum/2015/03/18/00202e76_story.html"))
                .contains(LocalDate.of(2015, 3, 18));
        assertThat(UrlDate.of("https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html"))
                .contains(LocalDate.of(2017, 1, 13));
        assertThat(UrlDate.of("https://example.org/news/2019-02-21-manhole-fires")).contains(LocalDate.of(2019, 2, 21));
        assertThat(UrlDate.of("https://example.org/archive/20170113/story.html")).contains(LocalDate.of(2017, 1, 13));
    }

    @Test
    void leavesAddressesWithoutAWholeDayAlone() {
        assertThat(UrlDate.of("http://www.bbc.com/news/world-us-canada-33646704")).isEmpty();
        assertThat(UrlDate.of("https://example.org/2016/07/only-a-month/")).isEmpty();
        assertThat(UrlDate.of("https://example.org/item/2015/13/40/not-a-day")).isEmpty();
        assertThat(UrlDate.of("https://example.org/story?id=20170113")).isEmpty();
        assertThat(UrlDate.of("https://2017.example.org/01/13/x")).isEmpty();
        assertThat(UrlDate.of(null)).isEmpty();
    }
}
