package io.shopdesk.risk.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the risk rule drafts are kept.
 *
 * @param keepDays an open draft (proposed, maybe checked, never published nor refused) older than this many days is
 *                 deleted by {@link DraftExpiry}: the console proposes a draft for every Check, so without it the table
 *                 grows with every click. Published and refused drafts are the record of who changed (or tried to
 *                 change) the rules and are never deleted. 0 keeps open drafts forever
 */
@ConfigurationProperties("shopdesk.risk.drafts")
record RuleDraftSettings(@DefaultValue("30") int keepDays) {

    RuleDraftSettings {
        if (keepDays < 0) {
            throw new IllegalArgumentException("shopdesk.risk.drafts.keep-days must be 0 (keep forever) or more, not "
                    + keepDays);
        }
    }
}
