package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the open drafts older than {@code shopdesk.risk.drafts.keep-days} (30 by default), hourly: every Check in
 * the console proposes a draft, and one nobody published is work in progress that was abandoned. Published and
 * refused drafts stay (who changed or tried to change the rules, and why), as do the versions' history and the
 * decisions. The age is the draft's {@code proposedAt} against the application's {@link Clock}. Logs what it deleted.
 * Thread-safe (stateless; one delete statement per run).
 */
@Component
class DraftExpiry {
    private static final Logger log = LoggerFactory.getLogger(DraftExpiry.class);

    private final RuleDraftRepository drafts;
    private final RuleDraftSettings draftSettings;
    private final RiskSettings settings;
    private final Clock clock;

    DraftExpiry(RuleDraftRepository drafts, RuleDraftSettings draftSettings, RiskSettings settings, Clock clock) {
        this.drafts = drafts;
        this.draftSettings = draftSettings;
        this.settings = settings;
        this.clock = clock;
    }

    /** Deletes the expired open drafts now; returns their ids (none when {@code keep-days} is 0). */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    List<Long> expire() {
        if (draftSettings.keepDays() == 0) {
            return List.of();
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(draftSettings.keepDays()));
        List<Long> deleted = drafts.deleteOpenBefore(settings.ruleSet(), cutoff);
        if (!deleted.isEmpty()) {
            log.info("Deleted {} open rule drafts proposed before {} (shopdesk.risk.drafts.keep-days={}): {}",
                    deleted.size(), cutoff, draftSettings.keepDays(), deleted);
        }
        return deleted;
    }
}
