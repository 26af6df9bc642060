package io.shopdesk.risk;

import io.shopdesk.ruleengine.CompiledRuleSet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ruleSet  the rule set under {@code rules/} that scores payments and financing
 * @param lists    allow and block lists (one file per list)
 * @param apiKeys  keys callers (the checkout) send as {@code X-Api-Key}; a shopper's session has none
 * @param officerKeys keys of risk officers: they alone may change the live rules (rollback) and list the stored
 *                 decisions (the review queue); they may also do whatever a caller's key may
 * @param model    the financing model release ({@code risk train --out}); none there means rules decide alone
 * @param chatPaymentWindow how far back the chat looks for a signed-in customer's payment decision made outside the
 *                 conversation (at the shop's checkout) when they say their payment failed
 * @param maxClockSkew how far ahead of the server's clock a request's {@code timestamp} may lie before the request
 *                 is refused (400 on {@code timestamp}: a caller's broken clock). An earlier timestamp is accepted (a
 *                 payment queued during an outage); decisions, velocity and the audit use the server's time either
 *                 way, so a client's clock cannot empty a card's velocity window or back-date a decision
 * @param seenHistory how far back a starting service reads the audit trail for the devices and IPs each customer
 *                 has paid from (the last 24 hours of payments are always read, for velocity): a device last used
 *                 before that counts as new after a restart. Longer reads more rows at start-up
 * @param chatAddressChangeWindow how long after the chat changed an order's delivery address (a row of
 *                 {@code order_address_changes}) a payment for that order, or in that conversation, counts as made
 *                 right after an address change ({@code ConversationSignals.addressChangeRequested})
 * @param takeoverReportWindow how long after a customer reported in a chat that someone else got into their account
 *                 (a row of {@code account_takeover_reports}) their payments count as made after such a report
 *                 ({@code ConversationSignals.takeoverReported})
 * @param cnyRates CNY per unit of a currency ({@code shopdesk.risk.cny-rates.USD=7.2}); the rules and velocity compare
 *                 and sum amounts in CNY. A currency left out keeps its {@link CnyRates#DEFAULTS default}
 * @param maxRuleFirings how many rule firings one decision may take before it stops as a rule loop (REVIEW with
 *                 {@code RULE_ERROR} naming the looping rules); 0 means the default, 10,000, far above a real
 *                 decision's 19 at most in the shipped scenarios (docs/benchmarks.md)
 */
@ConfigurationProperties("shopdesk.risk")
public record RiskSettings(@DefaultValue("risk") String ruleSet,
                           @DefaultValue("rules/risk/lists") Path lists,
                           @DefaultValue("dev-risk-key") List<String> apiKeys,
                           @DefaultValue("dev-risk-officer-key") List<String> officerKeys,
                           @DefaultValue("nlp-models/financing-model") Path model,
                           @DefaultValue("24h") Duration chatPaymentWindow,
                           @DefaultValue("5m") Duration maxClockSkew,
                           @DefaultValue("90d") Duration seenHistory,
                           @DefaultValue("24h") Duration chatAddressChangeWindow,
                           @DefaultValue("14d") Duration takeoverReportWindow,
                           Map<String, BigDecimal> cnyRates,
                           @DefaultValue("10000") int maxRuleFirings) {

    public RiskSettings {
        cnyRates = CnyRates.DEFAULTS.with(cnyRates).perUnit();
        maxRuleFirings = maxRuleFirings <= 0 ? CompiledRuleSet.DEFAULT_MAX_FIRINGS : maxRuleFirings;
    }

    /** The rates to convert amounts to CNY with. */
    public CnyRates cny() {
        return new CnyRates(cnyRates);
    }
}
