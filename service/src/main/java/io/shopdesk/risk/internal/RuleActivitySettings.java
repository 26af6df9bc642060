package io.shopdesk.risk.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much evidence the rule activity ({@link RuleActivity}) wants before it calls a live rule dead.
 *
 * @param deadAfterDecisions how many requests a rule could have fired for (of its kind, decided by a version that had
 *                           it) must have come in the window, none of them firing it, before it is listed as dead; with
 *                           fewer it is listed as having not enough decisions yet ({@code n of m}). On a fresh database
 *                           the console called some forty rules dead after seven payments, which says nothing about a
 *                           rule that matches one payment in fifty. The default, 200, is enough for a rule that
 *                           matches one request in 70 to have fired with 95% probability ((69/70)^200 &lt; 0.06); a
 *                           rarer rule needs a longer window. 1 calls a rule dead after one request, as before
 */
@ConfigurationProperties("shopdesk.risk.activity")
record RuleActivitySettings(@DefaultValue("200") int deadAfterDecisions) {

    RuleActivitySettings {
        if (deadAfterDecisions < 1) {
            throw new IllegalArgumentException("shopdesk.risk.activity.dead-after-decisions must be 1 or more (how many "
                    + "requests a rule could have fired for before it counts as dead), not " + deadAfterDecisions);
        }
    }
}
