package io.shopdesk.escalation;

import io.shopdesk.dialogue.OrderLabels;
import io.shopdesk.dialogue.TopicLabels;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.ScenarioGate;
import io.shopdesk.ruleengine.ScenarioOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The escalation rule set's scenarios, {@code rules/escalation/scenarios/*.yml}: a turn (and optionally the
 * customer, the order and the payment decision) with whether it must escalate, the reason codes, the priority and
 * the team, and words the reasons must say ({@code messages}); or a message while a person is in charge
 * ({@code waiting}) with whether it withdraws the request and whether it is answered as thanks; either with whether
 * a person can answer now ({@code availability}: within hours, agents available) and what the shopper is told. An order is given as stored (status in_transit, carrier "SF
 * Express") and labelled as the service labels it, from the chat's reply texts beside the rule set
 * ({@code <rules>/dialogue/replies}; without them the labels are the stored values); likewise what a turn's detail was
 * about (a payment outcome from those texts, an FAQ entry by its question from {@code knowledge-base/} beside
 * {@code <rules>}; without them the detail as given). Run by CI, by the reload gate
 * before a new version goes live, and by {@code rules test rules/escalation}. Thread-safe (stateless).
 */
public final class EscalationScenarios {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    public record TurnInput(String intent, Double confidence, String text, String language, Double sentiment,
                            Integer consecutiveFallbacks, String dialogueAction, String dialogueDetail,
                            Integer consecutiveComplaints,
                            Integer consecutiveNegativeTurns, Boolean productNamed, String newAddress,
                            String sentimentSource) {
    }

    /**
     * A message while a person is in charge; {@code status} queued (the default) or held; {@code acknowledgement} what
     * the whole message acknowledges by the dialogue's word list (ok, yes, understood, thanks), as the service reads it.
     */
    public record WaitingInput(String intent, String text, String language, String status, String acknowledgement) {
    }

    /** The limits a scenario changes; the others keep {@link EscalationPolicy#DEFAULT}'s. */
    public record PolicyInput(Integer fallbacksBeforeEscalation, Double highValueOrder, Double negativeSentiment,
                              Double veryNegativeSentiment, Integer negativeTurnsBeforeEscalation) {

        EscalationPolicy over(EscalationPolicy d) {
            return new EscalationPolicy(
                    fallbacksBeforeEscalation == null ? d.fallbacksBeforeEscalation() : fallbacksBeforeEscalation,
                    highValueOrder == null ? d.highValueOrder() : highValueOrder,
                    negativeSentiment == null ? d.negativeSentiment() : negativeSentiment,
                    veryNegativeSentiment == null ? d.veryNegativeSentiment() : veryNegativeSentiment,
                    negativeTurnsBeforeEscalation == null ? d.negativeTurnsBeforeEscalation() : negativeTurnsBeforeEscalation);
        }
    }

    /**
     * Whether a person can answer now ({@link AgentAvailability}): within business hours (default true) and how many
     * agents are available (default 1).
     */
    public record AvailabilityInput(Boolean withinHours, Integer agentsAvailable) {

        AgentAvailability fact() {
            boolean open = withinHours == null || withinHours;
            return new AgentAvailability(open, agentsAvailable == null ? 1 : agentsAvailable, "9:00", open ? 0 : 240);
        }
    }

    /** {@code messages}: words that some reason's Chinese or English message must contain (顺丰速运, "in transit"). */
    /** {@code thanked}: for a waiting message, whether it is answered as thanks ("you're welcome" before the queue). */
    /** {@code availability}: what the shopper is told about when a person answers: available, busy or closed. */
    public record Expect(Boolean escalate, List<String> reasons, List<String> absent, Integer priority, String team,
                         Boolean withdraw, List<String> messages, Boolean thanked, String availability) {
    }

    public record Scenario(String name, TurnInput turn, WaitingInput waiting, ShopperProfile customer,
                           OrderInQuestion order, PaymentRisk payment, PolicyInput policy,
                           AvailabilityInput availability, Expect expect) {
    }

    public record Result(String file, String name, boolean passed, String message) implements ScenarioOutcome {
    }

    private EscalationScenarios() {
    }

    /** The scenarios of {@code folder}, FAQ entries named from the {@code knowledge-base/} beside the rules folder. */
    public static List<Result> run(CompiledRuleSet rules, Path folder) {
        return run(rules, folder, null);
    }

    /**
     * The scenarios of {@code folder}, FAQ entries named from {@code knowledgeSource} (the service's
     * {@code shopdesk.knowledge.source}, which need not sit beside the rules: a deployment may keep them apart), or
     * from the {@code knowledge-base/} beside the rules folder when null.
     */
    public static List<Result> run(CompiledRuleSet rules, Path folder, Path knowledgeSource) {
        OrderLabels labels = labelsBeside(folder);
        TopicLabels topics = topicsBeside(folder, knowledgeSource);
        return ScenarioGate.runFiles(folder, YAML, new TypeReference<List<Scenario>>() { },
                (file, scenario) -> run(rules, labels, topics, file, scenario),
                (file, message) -> new Result(file.toString(), "(file)", false, message));
    }

    /** Failed scenarios as rule problems, for the reload gate, FAQ entries named from {@code knowledgeSource}. */
    public static List<RuleProblem> problems(CompiledRuleSet rules, Path folder, Path knowledgeSource) {
        return ScenarioGate.problemsOf(run(rules, folder, knowledgeSource));
    }

    /**
     * The chat's labels from {@code <rules>/dialogue/replies}, beside {@code <rules>/escalation/scenarios}; null when
     * the scenarios are elsewhere (a folder of a test), whose orders then read as stored.
     */
    private static OrderLabels labelsBeside(Path scenarios) {
        Path replies = repliesBeside(scenarios);
        return replies == null ? null : OrderLabels.load(replies);
    }

    /** {@code <rules>/dialogue/replies} beside {@code <rules>/escalation/scenarios}, or null when there is none. */
    private static Path repliesBeside(Path scenarios) {
        Path ruleSet = scenarios.toAbsolutePath().normalize().getParent();
        Path replies = ruleSet == null ? null : ruleSet.resolveSibling("dialogue").resolve("replies");
        return replies != null && Files.isDirectory(replies) ? replies : null;
    }

    /**
     * What turns were about, from the reply texts beside the scenarios (as {@link #labelsBeside}) and the FAQ of
     * {@code knowledgeSource}, else of {@code knowledge-base/} beside {@code <rules>} (where the service's defaults
     * have it); null without the texts.
     */
    private static TopicLabels topicsBeside(Path scenarios, Path knowledgeSource) {
        Path replies = repliesBeside(scenarios);
        if (replies == null) {
            return null;
        }
        // replies is <rules>/dialogue/replies: by default knowledge-base/ sits beside <rules>.
        Path knowledge = knowledgeSource != null ? knowledgeSource
                : replies.getParent().getParent().resolveSibling("knowledge-base");
        try {
            return TopicLabels.load(replies, knowledge);
        } catch (IllegalArgumentException brokenFaq) {
            // A broken FAQ edit is the knowledge base's to report; it must not hold back the escalation rules.
            return TopicLabels.load(replies, null);
        }
    }

    private static Result run(CompiledRuleSet rules, OrderLabels labels, TopicLabels topics, Path file, Scenario s) {
        if ((s.turn() == null) == (s.waiting() == null) || s.expect() == null) {
            return new Result(file.toString(), s.name(), false, "needs a turn or a waiting message, and an expect");
        }
        if (s.waiting() != null) {
            return runWaiting(rules, file, s);
        }
        TurnInput t = s.turn();
        EscalationPolicy policy = s.policy() == null ? EscalationPolicy.DEFAULT : s.policy().over(EscalationPolicy.DEFAULT);
        double sentiment = t.sentiment() == null ? 0 : t.sentiment();
        List<Object> facts = new ArrayList<>();
        EscalationTurn turn = new EscalationTurn(t.intent() == null ? "oos" : t.intent(), t.confidence() == null ? 0.9 : t.confidence(),
                t.text() == null ? "" : t.text(), t.language() == null ? "zh" : t.language(),
                sentiment, t.sentimentSource() == null ? "scenario" : t.sentimentSource(),
                t.consecutiveFallbacks() == null ? 0 : t.consecutiveFallbacks(),
                t.dialogueAction() == null ? "kb_answer" : t.dialogueAction(), t.dialogueDetail(),
                t.consecutiveComplaints() == null ? ("complaint".equals(t.intent()) ? 1 : 0) : t.consecutiveComplaints(),
                t.consecutiveNegativeTurns() != null ? t.consecutiveNegativeTurns()
                        : sentiment <= policy.negativeSentiment() ? 1 : 0,
                Boolean.TRUE.equals(t.productNamed())).withNewAddress(t.newAddress());
        facts.add(topics == null ? turn : turn.labelled(topics));
        facts.add(policy);
        if (s.customer() != null) {
            facts.add(s.customer());
        }
        if (s.order() != null) {
            facts.add(labels == null ? s.order() : s.order().labelled(labels));
        }
        if (s.payment() != null) {
            facts.add(s.payment());
        }
        AgentAvailability availability = (s.availability() == null ? new AvailabilityInput(null, null)
                : s.availability()).fact();
        facts.add(availability);
        EscalationCheck check;
        try {
            check = EscalationRules.evaluate(rules, facts);
        } catch (RuntimeException e) {
            return new Result(file.toString(), s.name(), false, "the rules failed: " + e.getMessage());
        }
        List<String> codes = check.reasons().stream().map(EscalationReason::code).toList();
        Expect e = s.expect();
        List<String> differences = new ArrayList<>();
        if (e.escalate() != null && e.escalate() != check.isEscalating()) {
            differences.add(check.isEscalating() ? "escalated " + codes + ", expected not to" : "did not escalate, expected to");
        }
        if (e.reasons() != null) {
            e.reasons().stream().filter(r -> !codes.contains(r)).forEach(r -> differences.add("missing reason " + r));
        }
        if (e.absent() != null) {
            e.absent().stream().filter(codes::contains).forEach(r -> differences.add("unexpected reason " + r));
        }
        if (e.priority() != null && check.isEscalating() && e.priority() != check.priority()) {
            differences.add("priority " + check.priority() + ", expected " + e.priority());
        }
        if (e.team() != null && check.isEscalating() && !e.team().equals(check.team())) {
            differences.add("team " + check.team() + ", expected " + e.team());
        }
        if (e.withdraw() != null) {
            differences.add("withdraw is expected of a waiting message, not of a turn");
        }
        expectAvailability(e, availability, differences);
        if (e.messages() != null) {
            List<String> said = check.reasons().stream().flatMap(r -> Stream.of(r.messageZh(), r.messageEn())).toList();
            e.messages().stream().filter(m -> said.stream().noneMatch(r -> r.contains(m)))
                    .forEach(m -> differences.add("no reason says \"" + m + "\" (they say " + said + ")"));
        }
        return result(file, s, differences);
    }

    private static Result runWaiting(CompiledRuleSet rules, Path file, Scenario s) {
        WaitingInput w = s.waiting();
        WaitingTurn turn = new WaitingTurn(w.intent() == null ? "oos" : w.intent(), w.text(),
                w.language() == null ? "zh" : w.language(), w.status() == null ? Escalation.QUEUED : w.status(),
                w.acknowledgement());
        AgentAvailability availability = (s.availability() == null ? new AvailabilityInput(null, null)
                : s.availability()).fact();
        try {
            EscalationRules.waiting(rules, turn, availability);
        } catch (RuntimeException ex) {
            return new Result(file.toString(), s.name(), false, "the rules failed: " + ex.getMessage());
        }
        Expect e = s.expect();
        List<String> differences = new ArrayList<>();
        if (e.withdraw() == null && e.thanked() == null && e.availability() == null || e.escalate() != null
                || e.reasons() != null || e.messages() != null) {
            differences.add("a waiting message expects only withdraw and thanked (true or false) and availability");
        } else {
            expectAvailability(e, availability, differences);
            if (e.withdraw() != null && e.withdraw() != turn.isWithdrawn()) {
                differences.add(turn.isWithdrawn() ? "withdrew (" + turn.withdrawnBy() + "), expected not to"
                        : "did not withdraw, expected to");
            }
            if (e.thanked() != null && e.thanked() != turn.isThanked()) {
                differences.add(turn.isThanked() ? "read as thanks (" + turn.thankedBy() + "), expected not to"
                        : "not read as thanks, expected to");
            }
        }
        return result(file, s, differences);
    }

    private static void expectAvailability(Expect e, AgentAvailability availability, List<String> differences) {
        if (e.availability() != null && !e.availability().equals(availability.answer())) {
            differences.add("availability " + availability.answer() + " (" + availability.decidedBy() + "), expected "
                    + e.availability());
        }
    }

    private static Result result(Path file, Scenario s, List<String> differences) {
        return new Result(file.toString(), s.name(), differences.isEmpty(),
                differences.isEmpty() ? "ok" : String.join("; ", differences));
    }

}
