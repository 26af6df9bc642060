package io.shopdesk.recommendation;

import io.shopdesk.ruleengine.CompiledRuleSet;
import java.util.List;
import java.util.function.Function;

/**
 * How the recommendation rule set is fired, shared by the service and the scenarios so both decide alike. One
 * session, two steps: the turn and the situation go in and the rules decide whether to recommend (and from which
 * source); only then are candidates computed (with the financing pre-check, if any) and inserted, and the rules
 * filter them and choose the instalment offers. Thread-safe (stateless).
 */
public final class RecommendationRules {

    /**
     * What the Java side supplies once the rules chose to recommend.
     *
     * @param relaxed which of the shopper's filters the candidates were allowed to miss because nothing met them all
     */
    public record Supply(List<Candidate> candidates, FinancingPreCheck financing,
                         io.shopdesk.recommendation.internal.CatalogueSelection.Relaxed relaxed) {
    }

    /** The decision and the candidates the rules saw (empty when they did not recommend). */
    public record Outcome(RecommendationDecision decision, List<Candidate> candidates) {
        public List<Candidate> accepted() {
            return candidates.stream().filter(c -> !c.isRejected()).toList();
        }
    }

    private RecommendationRules() {
    }

    /** {@link #decide(CompiledRuleSet, int, RecoTurn, ShopperSituation, Function)} with the default firing limit. */
    public static Outcome decide(CompiledRuleSet rules, RecoTurn turn, ShopperSituation situation,
                                 Function<RecommendationDecision, Supply> supply) {
        return decide(rules, CompiledRuleSet.DEFAULT_MAX_FIRINGS, turn, situation, supply);
    }

    /**
     * @param maxFirings how many rules the turn may fire in all
     * @throws io.shopdesk.ruleengine.RuleLoopException when rules loop past {@code maxFirings}
     */
    public static Outcome decide(CompiledRuleSet rules, int maxFirings, RecoTurn turn, ShopperSituation situation,
                                 Function<RecommendationDecision, Supply> supply) {
        RecommendationDecision decision = new RecommendationDecision();
        var seen = new java.util.concurrent.atomic.AtomicReference<List<Candidate>>(List.of());
        rules.fire(maxFirings, session -> {
            session.insert(turn);
            session.insert(situation);
            session.insert(decision);
            session.fireAllRules();
            if (decision.isRecommend()) {
                Supply s = supply.apply(decision);
                seen.set(s.candidates());
                s.candidates().forEach(session::insert);
                if (s.financing() != null) {
                    session.insert(s.financing());
                }
            }
        });
        return new Outcome(decision, seen.get());
    }
}
