package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Deletes the open drafts older than {@code shopdesk.risk.drafts.keep-days} (30 by default), every
 * {@code shopdesk.risk.drafts.expiry-interval} (hourly by default): every Check in
 * the console proposes a draft, and one nobody published is work in progress that was abandoned. Published and
 * refused drafts stay (who changed or tried to change the rules, and why), as do the versions' history and the
 * decisions. The age is the draft's {@code proposedAt} against the application's {@link Clock}. Logs what it deleted.
 * Several instances sharing the database run it once per period between them, not once each: each run first claims
 * the job in {@code job_claims} ({@link JobClaims}) for {@link RuleDraftSettings#claimPeriod()}, a little less than
 * the interval, and an instance that cannot skips the run. It schedules itself ({@link SchedulingConfigurer}) from the
 * same settings record that sets the claim, so the run's interval and its claim cannot disagree (a claim fixed at 55
 * minutes while the job ran every 10 would have skipped five runs of six). Thread-safe (stateless; one claim and one
 * delete statement per run).
 */
@Component
class DraftExpiry implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(DraftExpiry.class);
    /** Its row in {@code job_claims}. */
    static final String JOB = "risk-draft-expiry";

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

    /** Runs {@link #expire} every {@code expiry-interval}, the first time one interval after start-up. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = draftSettings.expiryInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(this::expire, interval, interval));
    }

    /**
     * Deletes the expired open drafts now, unless another instance ran this within the claim period; returns their
     * ids (none when {@code keep-days} is 0 or another instance has the run).
     */
    List<Long> expire() {
        if (draftSettings.keepDays() == 0) {
            return List.of();
        }
        Instant now = clock.instant();
        Duration period = draftSettings.claimPeriod();
        if (!claims.claim(JOB, now, period)) {
            log.debug("Draft expiry: another instance ran it within the last {}", period);
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
