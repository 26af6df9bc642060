package io.shopdesk.nlp.internal;

import static io.shopdesk.nlp.internal.StagesForTests.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Keys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Relative and absolute dates, normalised to ISO dates as of Wednesday 2026-11-25 in Shanghai. */
class DateEntityTest {

    private static Entity date(String text, int start, int end, String value) {
        return new Entity(Entity.DATE, text, start, end, value, "pattern");
    }

    @Test
    void tomorrowInChinese() {
        assertThat(entities("明天能到吗")).containsExactly(date("明天", 0, 2, "2026-11-26"));
    }

    @Test
    void fridayOfLastWeek() {
        assertThat(entities("上周五买的")).containsExactly(date("上周五", 0, 3, "2026-11-20"));
    }

    @Test
    void aDateIsNotSwallowedByANameTheSegmenterMadeUp() {
        // HanLP reads 五下的单 as a place name; the date pattern must still win.
        assertThat(entities("我上周五下的单")).containsExactly(date("上周五", 1, 4, "2026-11-20"));
    }

    @Test
    void mondayOfNextWeek() {
        assertThat(entities("下周一发货")).containsExactly(date("下周一", 0, 3, "2026-11-30"));
    }

    @Test
    void weekdaysWrittenWithXingqiAndLibai() {
        assertThat(entities("这星期三能到吗")).containsExactly(date("这星期三", 0, 4, "2026-11-25"));
        assertThat(entities("下礼拜天发货")).containsExactly(date("下礼拜天", 0, 4, "2026-12-06"));
    }

    @Test
    void monthAndDayInEnglish() {
        assertThat(entities("It shipped on Nov 3rd")).containsExactly(date("Nov 3rd", 14, 21, "2026-11-03"));
    }

    @Test
    void monthAndDayInChinese() {
        assertThat(entities("11月3日买的")).containsExactly(date("11月3日", 0, 5, "2026-11-03"));
    }

    @Test
    void lastFridayInEnglish() {
        assertThat(entities("I ordered it last Friday")).containsExactly(date("last Friday", 13, 24, "2026-11-20"));
    }

    @Test
    void aWeekdayAfterAVerbInThePastIsTheLatestOne() {
        // Was the Tuesday to come (2026-12-01): "I paid on Tuesday" compared the payment with a day that had not come.
        assertThat(entities("I paid $45.90 on Tuesday")).contains(date("on Tuesday", 14, 24, "2026-11-24"));
        assertThat(entities("Can it arrive on Friday?")).containsExactly(date("on Friday", 14, 23, "2026-11-27"));
    }

    @Test
    void tomorrowInEnglish() {
        assertThat(entities("Can it arrive tomorrow?")).containsExactly(date("tomorrow", 14, 22, "2026-11-26"));
    }

    @Test
    void isoDate() {
        assertThat(entities("Please deliver on 2026-12-01")).containsExactly(date("2026-12-01", 18, 28, "2026-12-01"));
    }

    @Test
    void impossibleDatesAreLeftOut() {
        assertThat(entities("13月45日")).isEmpty();
    }

    @Test
    void todayIsTheDateInTheClocksZone() {
        // 17:00 UTC on the 25th is already 01:00 on the 26th in Shanghai.
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
        var annotations = StagesForTests.run("明天能到吗", StagesForTests.language(), StagesForTests.chinese(),
                new EntityStage(lateEvening));

        assertThat(annotations.get(Keys.ENTITIES)).containsExactly(date("明天", 0, 2, "2026-11-27"));
    }
}
