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
 * Several instances sharing the database run it once per period between them, not once each: each run first claims
 * the job in {@code job_claims} ({@link JobClaims}) for {@link #PERIOD}, and an instance that cannot skips the run.
 * Thread-safe (stateless; one claim and one delete statement per run).
 */
@Component
class DraftExpiry {
    private static final Logger log = LoggerFactory.getLogger(DraftExpiry.class);
    /** Its row in {@code job_claims}. */
    static final String JOB = "risk-draft-expiry";
    /** How long a run's claim holds: a little less than the hourly interval, so that timers drifting apart still run it. */
    static final Duration PERIOD = Duration.ofMinutes(55);

    private final RuleDraftRepository drafts;
    private final RuleDraftSettings draftSettings;
    private final RiskSettings settings;
    private final Clock clock;
    private final JobClaims claims;

    DraftExpiry(RuleDraftRepository drafts, RuleDraftSettings draftSettings, RiskSettings settings, Clock clock,
                JobClaims claims) {
        this.claims = claims;
        this.drafts = drafts;
        this.draftSettings = draftSettings;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Deletes the expired open drafts now, unless another instance ran this within {@link #PERIOD}; returns their ids
     * (none when {@code keep-days} is 0 or another instance has the run).
     */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    List<Long> expire() {
        if (draftSettings.keepDays() == 0) {
            return List.of();
        }
        Instant now = clock.instant();
        if (!claims.claim(JOB, now, PERIOD)) {
            log.debug("Draft expiry: another instance ran it within the last {}", PERIOD);
            return List.of();
        }
        Instant cutoff = now.minus(Duration.ofDays(draftSettings.keepDays()));
        List<Long> deleted = drafts.deleteOpenBefore(settings.ruleSet(), cutoff);
        if (!deleted.isEmpty()) {
            log.info("Deleted {} open rule drafts proposed before {} (shopdesk.risk.drafts.keep-days={}): {}",
                    deleted.size(), cutoff, draftSettings.keepDays(), deleted);
        }
        return deleted;
    }
}
