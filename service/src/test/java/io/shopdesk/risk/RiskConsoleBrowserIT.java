package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserScript;
import io.shopdesk.BrowserTest;
import io.shopdesk.ShopDeskTest;
import org.junit.jupiter.api.Test;

/**
 * The risk officers' console in a real browser ({@code chat-ui/tests/risk.e2e.mjs}, Debian's Chromium driven by
 * playwright-core): a refused key, then the officer's key; the live rule version and the history; a payment sent to
 * REVIEW through the real API shows in the review queue and opens with its reason codes; the rule activity panel
 * shows the rules that fired, the dead ones, those with too few decisions yet ("not enough decisions yet (7 of 200)")
 * and those without traffic of their kind as the API lists them, a scorecard row under its table, row and condition; a
 * declined payment whose reasons weigh more than 100 says what they add up to beside its score; a version's changes open as a diff with +/- lines; a rollback
 * first shows its preview (payment and financing flips per kind, the stored model probability, financing decisions
 * stored without one) and is confirmed from it; a rejected edit
 * and a refused rollback are shown with their problems; a key the server stops accepting leads back to the key screen;
 * signing in while the rules answer slowly says they are loading, never "not ready".
 * Off CI, the test is skipped with a message when Chromium or the npm packages are missing; on CI ({@code CI=true})
 * that fails.
 */
@ShopDeskTest
@BrowserTest
class RiskConsoleBrowserIT {
    @Test
    void anOfficerSeesTheRulesAndOpensAPaymentFromTheReviewQueue(BrowserScript browser) throws Exception {
        String output = browser.run("risk.e2e.mjs");
        assertThat(output).contains("PASS the review queue shows the REVIEW payment",
                "PASS opening it shows the decision with its reason codes, rules and versions",
                "PASS a financing decision shows the default probability the model gave it",
                "PASS a declined payment whose reasons weigh more than 100 says so beside its score",
                "PASS the rule activity panel shows the rules that fired and the live rules that did not",
                "PASS a rule that did not fire in seven payments is \"not enough decisions yet (7 of 200)\", not dead",
                "PASS clicking a version shows its changes as a diff with +/- lines",
                "PASS a rejected edit is obvious; a rollback first shows its preview, and a refused one shows its problems",
                "PASS signing in on a slow server says the rules are loading, never \"not ready\" before they come",
                " 0 failed");
    }

    @Test
    void riskConsoleModuleUnitTestsPass(BrowserScript browser) throws Exception {
        String output = browser.unitTests("risk.test.mjs");
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }
}
