package io.shopdesk.risk;

import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.ScenarioGate;
import io.shopdesk.ruleengine.ScenarioOutcome;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The risk rule set's scenarios, {@code rules/risk/scenarios/*.yml}: each a payment or financing request, the
 * context the rules should see (anything left out takes a neutral default), and the expected decision and reason
 * codes. Run by CI, by the reload gate before a new version goes live, and by {@code rules test rules/risk}. A
 * payment's amount is converted to CNY with the {@link CnyRates#DEFAULTS default rates}, so that a scenario decides
 * the same whatever a deployment configures; the velocity a scenario gives is in CNY.
 * Thread-safe (stateless).
 */
public final class RiskScenarios {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** The velocity of one key; omitted fields are zero. */
    public record VelocityInput(int count10m, int count1h, int count24h, BigDecimal sum10m, BigDecimal sum1h, BigDecimal sum24h) {
        PaymentContext.Velocity toVelocity() {
            return new PaymentContext.Velocity(count10m, count1h, count24h, orZero(sum10m), orZero(sum1h), orZero(sum24h));
        }
    }

    /**
     * The order a scenario's payment names as the shop holds it: {@code total} in {@code currency} (CNY when left
     * out), {@code known: false} for an order the shop does not know, {@code ofAnotherCustomer} for another
     * customer's. Left out of a context: the payment names no order ({@link OrderTotal#NONE}).
     */
    public record OrderInput(BigDecimal total, String currency, Boolean known, boolean ofAnotherCustomer) {
        OrderTotal toOrderTotal(PaymentRequest payment, BigDecimal amountCny) {
            if (Boolean.FALSE.equals(known) || total == null) {
                return OrderTotal.UNKNOWN;
            }
            ShopOrder order = new ShopOrder("scenario", ofAnotherCustomer ? -1 : payment.customerId(), total,
                    currency == null ? "CNY" : currency);
            return OrderTotal.of("scenario", payment.customerId(), amountCny, order, CnyRates.DEFAULTS);
        }
    }

    /**
     * What the rules see besides the request; neutral defaults: a year-old regular customer with 5 orders, no card
     * tried before, no order named.
     */
    public record Context(VelocityInput customer, VelocityInput card, VelocityInput device, VelocityInput ip,
                          boolean firstSeenDevice, boolean firstSeenIp, boolean addressMismatch,
                          Long accountAgeDays, Integer orderCount, int failedPaymentsLast24h, String customerTier,
                          boolean customerAllowed, boolean deviceBlocked, boolean ipBlocked, boolean cardBlocked,
                          ConversationSignals conversation, Double defaultProbability,
                          DistinctCards cardsByCustomer, DistinctCards cardsInConversation, OrderInput order) {
    }

    /**
     * What a scenario expects; {@code decidedBy} names the rule whose decision must stand (a threshold rule such as
     * {@code ReviewUnknownOrderLargeAmount}, or {@code engine}), when two threshold rules match and which one decides
     * matters.
     */
    public record Expect(String decision, List<String> reasons, List<String> absent, Integer minScore, Integer maxScore,
                         String decidedBy) {
    }

    public record Scenario(String name, PaymentRequest payment, FinancingRequest financing, Context context, Expect expect) {
    }

    /** One scenario's result: passed, or what differed. */
    public record Result(String file, String name, boolean passed, String message, RiskAssessment assessment) implements ScenarioOutcome {
    }

    private RiskScenarios() {
    }

    public static List<Result> run(CompiledRuleSet rules, Path folder) {
        return run(rules, folder, CompiledRuleSet.DEFAULT_MAX_FIRINGS);
    }

    /**
     * @param maxFirings how many rules a scenario's decision may fire (the service's
     *                   {@code shopdesk.risk.max-rule-firings}): past it the scenario fails as a rule loop
     */
    public static List<Result> run(CompiledRuleSet rules, Path folder, int maxFirings) {
        return ScenarioGate.runFiles(folder, YAML, new TypeReference<List<Scenario>>() { },
                (file, scenario) -> run(rules, file, scenario, maxFirings),
                (file, message) -> new Result(file.toString(), "(file)", false, message, null));
    }

    /** Failed scenarios as rule problems, for the reload gate. */
    public static List<RuleProblem> problems(CompiledRuleSet rules, Path folder) {
        return problems(rules, folder, CompiledRuleSet.DEFAULT_MAX_FIRINGS);
    }

    /** Failed scenarios as rule problems, a decision firing at most {@code maxFirings} rules. */
    public static List<RuleProblem> problems(CompiledRuleSet rules, Path folder, int maxFirings) {
        return ScenarioGate.problemsOf(run(rules, folder, maxFirings));
    }

    private static Result run(CompiledRuleSet rules, Path file, Scenario s, int maxFirings) {
        if (s == null) {
            return new Result(file.toString(), "(empty item)", false, "an empty list item; a scenario needs a name, "
                    + "a payment or financing request and an expect", null);
        }
        if (s.expect() == null) {
            return new Result(file.toString(), s.name(), false, "needs an expect: (decision, reasons, absent, "
                    + "minScore, maxScore or decidedBy)", null);
        }
        Context c = s.context() == null ? new Context(null, null, null, null, false, false, false, null, null, 0,
                null, false, false, false, false, null, null, null, null, null) : s.context();
        List<Object> facts = new ArrayList<>();
        ConversationSignals conversation = c.conversation() == null ? ConversationSignals.NONE : c.conversation();
        long age = c.accountAgeDays() == null ? 400 : c.accountAgeDays();
        int orders = c.orderCount() == null ? 5 : c.orderCount();
        String tier = c.customerTier() == null ? "regular" : c.customerTier();
        if (s.payment() != null) {
            if (s.payment().amount() == null || s.payment().currency() == null
                    || !CnyRates.DEFAULTS.perUnit().containsKey(s.payment().currency())) {
                return new Result(file.toString(), s.name(), false, "a payment needs an amount and a currency, one of "
                        + new java.util.TreeSet<>(CnyRates.DEFAULTS.perUnit().keySet()), null);
            }
            facts.add(s.payment());
            BigDecimal cny = CnyRates.DEFAULTS.toCny(s.payment().amount(), s.payment().currency());
            facts.add(new PaymentContext(cny, v(c.customer()), v(c.card()), v(c.device()), v(c.ip()), c.firstSeenDevice(),
                    c.firstSeenIp(), c.addressMismatch(), age, orders, c.failedPaymentsLast24h(), tier,
                    c.customerAllowed(), c.deviceBlocked(), c.ipBlocked(), c.cardBlocked(), conversation,
                    cards(c.cardsByCustomer()), cards(c.cardsInConversation()),
                    c.order() == null ? OrderTotal.NONE : c.order().toOrderTotal(s.payment(), cny)));
        } else if (s.financing() != null) {
            facts.add(s.financing());
            facts.add(new FinancingContext(c.defaultProbability() == null ? -1 : c.defaultProbability(), "scenario",
                    age, orders, tier, c.customerAllowed(), conversation));
        } else {
            return new Result(file.toString(), s.name(), false, "needs a payment or a financing request", null);
        }
        RiskEvaluator.Outcome outcome = RiskEvaluator.evaluate(rules, facts, maxFirings);
        if (outcome.loop() != null) {
            // Whatever the scenario expects: a rule file that loops must never go live (the gate refuses it).
            return new Result(file.toString(), s.name(), false, outcome.loop().getMessage(), outcome.assessment());
        }
        RiskAssessment a = outcome.assessment();
        List<String> codes = a.reasonCodes();
        Expect e = s.expect();
        List<String> differences = new ArrayList<>();
        if (e.decision() != null && !e.decision().equals(a.getDecision())) {
            differences.add("decision " + a.getDecision() + ", expected " + e.decision());
        }
        if (e.reasons() != null) {
            e.reasons().stream().filter(r -> !codes.contains(r)).forEach(r -> differences.add("missing reason " + r));
        }
        if (e.absent() != null) {
            e.absent().stream().filter(codes::contains).forEach(r -> differences.add("unexpected reason " + r));
        }
        if (e.decidedBy() != null && !e.decidedBy().equals(a.getDecidedBy())) {
            differences.add("decided by " + a.getDecidedBy() + ", expected " + e.decidedBy());
        }
        if (e.minScore() != null && a.getScore() < e.minScore()) {
            differences.add("score " + a.getScore() + " below " + e.minScore());
        }
        if (e.maxScore() != null && a.getScore() > e.maxScore()) {
            differences.add("score " + a.getScore() + " above " + e.maxScore());
        }
        String message = differences.isEmpty() ? "ok" : String.join("; ", differences) + " (score " + a.getScore() + ", reasons " + codes + ")";
        return new Result(file.toString(), s.name(), differences.isEmpty(), message, a);
    }

    private static PaymentContext.Velocity v(VelocityInput input) {
        return input == null ? PaymentContext.Velocity.NONE : input.toVelocity();
    }

    private static DistinctCards cards(DistinctCards given) {
        return given == null ? DistinctCards.NONE : given;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
