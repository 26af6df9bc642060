package io.shopdesk.risk.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the risk rule drafts are kept, and how often the expired ones are looked for.
 *
 * @param keepDays       an open draft (proposed, maybe checked, never published nor refused) older than this many days
 *                       is deleted by {@link DraftExpiry}: the console proposes a draft for every Check, so without it
 *                       the table grows with every click. Published and refused drafts are the record of who changed
 *                       (or tried to change) the rules and are never deleted. 0 keeps open drafts forever
 * @param expiryInterval how often {@link DraftExpiry} runs (the first run one interval after start-up), at least a
 *                       minute; each run claims the job for {@link #claimPeriod()} so that instances sharing the
 *                       database run it once per interval between them
 */
@ConfigurationProperties("shopdesk.risk.drafts")
record RuleDraftSettings(@DefaultValue("30") int keepDays, @DefaultValue("1h") Duration expiryInterval) {

    RuleDraftSettings {
        if (keepDays < 0) {
            throw new IllegalArgumentException("shopdesk.risk.drafts.keep-days must be 0 (keep forever) or more, not "
                    + keepDays);
        }
        if (expiryInterval == null || expiryInterval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("shopdesk.risk.drafts.expiry-interval must be at least 1m (say 1h, "
                    + "30m), not " + expiryInterval);
        }
    }

    /**
     * How long one run's claim holds: eleven twelfths of the interval (55 minutes of an hour), a little less than the
     * interval, so that instances whose timers have drifted apart still run the job once per interval, never twice.
     */
    Duration claimPeriod() {
        return expiryInterval.minus(expiryInterval.dividedBy(12));
    }
}
