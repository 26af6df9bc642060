package io.shopdesk.risk;

import java.util.List;

/**
 * The final score and reason codes, inserted once every scoring rule has fired, so that threshold rules
 * ({@code thresholds.drl}) decide on the whole score in a second pass.
 */
public record DecisionPhase(int score, List<String> reasonCodes) {

    public boolean hasReason(String code) {
        return reasonCodes.contains(code);
    }
}
