package io.shopdesk.risk;

import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleLoopException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a risk rule set over a request's facts and returns the assessment and the rules that fired. A rule that
 * throws does not fail the request: the decision becomes REVIEW with reason {@code RULE_ERROR}, and the error is
 * logged with the rule's name; so do rules that loop (re-activate each other past the firing limit), named in the
 * reason. Used by the API, the scenarios gate and the backtest alike. Thread-safe.
 *
 * <p>Rules reach the assessment through the global {@value #ASSESSMENT} where the rule files declare it
 * ({@code global RiskAssessment assessment}), and it is also inserted as a fact, so that rules written as
 * {@code $a : RiskAssessment()} (every version before the global, kept in the version history for rollback) decide
 * exactly as before. The global is what the shipped rules use: a pattern on the assessment is a join in every rule,
 * and those joins were a third of a decision's CPU time.
 */
public final class RiskEvaluator {
    /** The global through which rules add points and decide (declared by the rule files that use it). */
    public static final String ASSESSMENT = "assessment";
    private static final Logger log = LoggerFactory.getLogger(RiskEvaluator.class);
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("\\[Rule \"([^\"]+)\"");

    /**
     * The assessment after every rule fired, and their names in firing order.
     *
     * @param loop the rule loop that stopped the decision (then a REVIEW with {@code RULE_ERROR}), or null
     */
    public record Outcome(RiskAssessment assessment, List<String> firedRules, RuleLoopException loop) {
        public Outcome(RiskAssessment assessment, List<String> firedRules) {
            this(assessment, firedRules, null);
        }
    }

    private RiskEvaluator() {
    }

    /** {@link #evaluate(CompiledRuleSet, List, int)} with {@link CompiledRuleSet#DEFAULT_MAX_FIRINGS}. */
    public static Outcome evaluate(CompiledRuleSet rules, List<Object> facts) {
        return evaluate(rules, facts, CompiledRuleSet.DEFAULT_MAX_FIRINGS);
    }

    /**
     * @param maxFirings how many rules the decision may fire ({@code shopdesk.risk.max-rule-firings}); rules that loop
     *                   past it make the decision REVIEW with {@code RULE_ERROR} naming them
     */
    public static Outcome evaluate(CompiledRuleSet rules, List<Object> facts, int maxFirings) {
        RiskAssessment assessment = new RiskAssessment();
        List<String> fired = new ArrayList<>();
        boolean global = rules.declaresGlobal(ASSESSMENT);
        try {
            rules.fire(maxFirings, session -> {
                if (global) {
                    session.setGlobal(ASSESSMENT, assessment);
                }
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        String rule = event.getMatch().getRule().getName();
                        fired.add(rule);
                        // The first rule after whose action the assessment is decided is the one that decided.
                        assessment.decidedBy(rule);
                    }
                });
                facts.forEach(session::insert);
                session.insert(assessment);
                // First pass: scoring rules add points. Second pass (fired by the caller): thresholds decide.
                session.fireAllRules();
                session.insert(new DecisionPhase(assessment.getScore(), assessment.reasonCodes()));
            });
        } catch (RuleLoopException loop) {
            log.error("Risk rules {} looped: {}; the decision goes to review", loop.loopingRules(), loop.getMessage());
            RiskAssessment review = new RiskAssessment();
            review.add("RULE_ERROR", 0, "Risk rules " + String.join(", ", loop.loopingRules())
                    + " kept re-activating each other (stopped after " + loop.limit()
                    + " firings); a person will review this.", "风控规则 " + String.join("、", loop.loopingRules())
                    + " 互相反复触发（已在 " + loop.limit() + " 次后停止），将由人工审核。",
                    String.join(", ", loop.loopingRules()));
            review.decide(RiskDecision.REVIEW);
            review.decidedBy(RiskAssessment.ENGINE);
            return new Outcome(review, List.copyOf(fired), loop);
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "unknown" : e.getMatch().getRule().getName();
            log.error("Risk rule '{}' threw; the decision goes to review", rule, e.getCause());
            return ruleError(rule, fired);
        } catch (RuntimeException e) {
            String rule = ruleNamedIn(e);
            log.error("Risk rule '{}' failed; the decision goes to review", rule, e);
            return ruleError(rule, fired);
        }
        if (!assessment.isDecided()) {
            assessment.add("NO_DECISION", 0, "No threshold rule decided.", "没有阈值规则作出决定。", "engine");
            assessment.decide(RiskDecision.REVIEW);
            assessment.decidedBy(RiskAssessment.ENGINE);
        }
        return new Outcome(assessment, List.copyOf(fired));
    }

    /**
     * The rule whose condition threw: Drools says so only in the message of its constraint evaluation exception
     * ({@code Error evaluating constraint '...' in [Rule "Name" in file.drl]}); "unknown" when no message names one.
     */
    static String ruleNamedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : RULE_IN_MESSAGE.matcher(t.getMessage());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return "unknown";
    }

    private static Outcome ruleError(String rule, List<String> fired) {
        RiskAssessment review = new RiskAssessment();
        review.add("RULE_ERROR", 0, "A risk rule failed; a person will review this.", "风控规则执行出错，将由人工审核。", rule);
        review.decide(RiskDecision.REVIEW);
        review.decidedBy(RiskAssessment.ENGINE);
        return new Outcome(review, List.copyOf(fired));
    }
}
