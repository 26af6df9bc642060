package io.shopdesk.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When agents work ({@code shopdesk.escalation.hours}), so a shopper handed over outside them is told when a person
 * will answer instead of "shortly". The defaults are what the FAQ tells shoppers (contact-customer-service: 9:00-22:00
 * Beijing time, every day). Immutable and thread-safe.
 *
 * @param zone   the zone the hours are in
 * @param opens  the first minute agents answer
 * @param closes the minute they stop (exclusive: at 22:00 exactly the desk is closed); after {@code opens}
 * @param days   the days agents work
 * @param zoneZh how the chat names the zone in Chinese (北京时间)
 * @param zoneEn how the chat names the zone in English (Beijing time)
 */
@ConfigurationProperties("shopdesk.escalation.hours")
public record BusinessHours(@DefaultValue("Asia/Shanghai") ZoneId zone,
                            @DefaultValue("09:00") LocalTime opens,
                            @DefaultValue("22:00") LocalTime closes,
                            @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
                            Set<DayOfWeek> days,
                            @DefaultValue("北京时间") String zoneZh,
                            @DefaultValue("Beijing time") String zoneEn) {

    /** The FAQ's hours. */
    public static final BusinessHours DEFAULT = new BusinessHours(ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0),
            LocalTime.of(22, 0), EnumSet.allOf(DayOfWeek.class), "北京时间", "Beijing time");

    public BusinessHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("shopdesk.escalation.hours: opens (" + opens
                    + ") must be before closes (" + closes + ")");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("shopdesk.escalation.hours.days: name at least one day agents work");
        }
        days = Set.copyOf(days);
    }

    /** Whether agents work at {@code instant}: on a working day, from {@code opens} to before {@code closes}. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The next time agents start work after {@code instant} (later today, or the next working day). */
    public ZonedDateTime nextOpening(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        for (LocalDate day = local.toLocalDate(); ; day = day.plusDays(1)) {
            ZonedDateTime opening = day.atTime(opens).atZone(zone);
            if (days.contains(day.getDayOfWeek()) && opening.toInstant().isAfter(instant)) {
                return opening;
            }
        }
    }

    /** The wait from {@code instant} to the next opening. */
    public Duration untilOpening(Instant instant) {
        return Duration.between(instant, nextOpening(instant).toInstant());
    }

    /** The zone as the chat names it to a shopper of {@code language} ("zh" or "en"). */
    public String zoneName(String language) {
        return "en".equals(language) ? zoneEn : zoneZh;
    }
}
