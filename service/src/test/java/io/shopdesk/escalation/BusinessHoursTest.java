package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Business hours in their zone: the FAQ's 9:00-22:00 Beijing time by default, closed at 22:00 exactly, the next opening
 * across midnight and past days off, and bad settings refused at start.
 */
class BusinessHoursTest {
    static final BusinessHours FAQ = BusinessHours.DEFAULT;

    /** {@code beijing}: a local time in Beijing on 2026-12-07 (a Monday), e.g. "05:00". */
    static Instant beijing(String date, String time) {
        return Instant.parse(date + "T" + time + ":00+08:00");
    }

    @Test
    void theFaqHoursAreTheDefaultsOfTheSettings() {
        BusinessHours bound = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("shopdesk.escalation.hours", BusinessHours.class);
        assertThat(bound).isEqualTo(FAQ);
        assertThat(bound.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(bound.days()).hasSize(7);
    }

    @Test
    void openFromNineUntilBeforeTenInTheEveningBeijingTime() {
        assertThat(FAQ.isOpen(beijing("2026-12-07", "05:00"))).isFalse();
        assertThat(FAQ.isOpen(beijing("2026-12-07", "08:59"))).isFalse();
        assertThat(FAQ.isOpen(beijing("2026-12-07", "09:00"))).isTrue();
        assertThat(FAQ.isOpen(beijing("2026-12-07", "21:59"))).isTrue();
        assertThat(FAQ.isOpen(Instant.parse("2026-12-07T21:59:59.999+08:00"))).isTrue();
        assertThat(FAQ.isOpen(beijing("2026-12-07", "22:00"))).as("closes at 22:00 exactly").isFalse();
        assertThat(FAQ.isOpen(beijing("2026-12-07", "23:30"))).isFalse();
    }

    @Test
    void theZoneIsTheHoursZoneNotTheServersNorUtc() {
        // 21:00 UTC on 6 December is 05:00 on 7 December in Beijing: closed, though 21:00 is within 9-22.
        assertThat(FAQ.isOpen(Instant.parse("2026-12-06T21:00:00Z"))).isFalse();
        // 01:00 UTC is 09:00 in Beijing.
        assertThat(FAQ.isOpen(Instant.parse("2026-12-07T01:00:00Z"))).isTrue();
        assertThat(FAQ.isOpen(Instant.parse("2026-12-07T13:59:00Z"))).isTrue();
        assertThat(FAQ.isOpen(Instant.parse("2026-12-07T14:00:00Z"))).isFalse();
    }

    @Test
    void theNextOpeningIsLaterTodayOrTomorrow() {
        assertThat(FAQ.nextOpening(beijing("2026-12-07", "05:00")).toOffsetDateTime())
                .hasToString("2026-12-07T09:00+08:00");
        assertThat(FAQ.untilOpening(beijing("2026-12-07", "05:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(FAQ.nextOpening(beijing("2026-12-07", "22:00")).toOffsetDateTime())
                .as("from the closing minute, tomorrow morning").hasToString("2026-12-08T09:00+08:00");
        assertThat(FAQ.untilOpening(beijing("2026-12-07", "23:30"))).isEqualTo(Duration.ofMinutes(9 * 60 + 30));
        // Across the year's end, in the hours' zone.
        assertThat(FAQ.nextOpening(beijing("2026-12-31", "23:59")).toOffsetDateTime())
                .hasToString("2027-01-01T09:00+08:00");
    }

    @Test
    void daysOffAreSkipped() {
        BusinessHours weekdays = new BusinessHours(ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "北京时间", "Beijing time");
        // 2026-12-12 is a Saturday.
        assertThat(weekdays.isOpen(beijing("2026-12-12", "10:00"))).isFalse();
        assertThat(weekdays.nextOpening(beijing("2026-12-11", "18:00")).toOffsetDateTime())
                .as("Friday evening: Monday morning").hasToString("2026-12-14T09:00+08:00");
        assertThat(weekdays.untilOpening(beijing("2026-12-11", "18:00"))).isEqualTo(Duration.ofHours(63));
    }

    @Test
    void otherZonesAndTheZoneNames() {
        BusinessHours berlin = new Binder(new MapConfigurationPropertySource(Map.of(
                "shopdesk.escalation.hours.zone", "Europe/Berlin", "shopdesk.escalation.hours.opens", "08:30",
                "shopdesk.escalation.hours.closes", "17:00", "shopdesk.escalation.hours.zone-en", "Berlin time")))
                .bindOrCreate("shopdesk.escalation.hours", BusinessHours.class);
        // 08:30 in Berlin in winter is 07:30 UTC.
        assertThat(berlin.isOpen(Instant.parse("2026-12-07T07:29:00Z"))).isFalse();
        assertThat(berlin.isOpen(Instant.parse("2026-12-07T07:30:00Z"))).isTrue();
        assertThat(berlin.zoneName("en")).isEqualTo("Berlin time");
        assertThat(FAQ.zoneName("zh")).isEqualTo("北京时间");
    }

    @Test
    void hoursThatCloseBeforeTheyOpenOrNoDaysAreRefused() {
        assertThatThrownBy(() -> new BusinessHours(ZoneId.of("Asia/Shanghai"), LocalTime.of(22, 0),
                LocalTime.of(9, 0), EnumSet.allOf(DayOfWeek.class), "北京时间", "Beijing time"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opens (22:00) must be before closes (09:00)");
        assertThatThrownBy(() -> new BusinessHours(ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0),
                LocalTime.of(22, 0), EnumSet.noneOf(DayOfWeek.class), "北京时间", "Beijing time"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    }
}
