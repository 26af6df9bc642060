package io.shopdesk.recommendation;

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
 * The recommendation rule set's scenarios, {@code rules/recommendation/scenarios/*.yml}: a turn, the shopper's
 * situation, the candidates the models would propose and the financing pre-check (omitted = none), and the expected
 * decision: recommend or not, "not sold", the trigger, the veto, the skus shown and those offered with instalments. Run by CI,
 * by the reload gate, and by {@code rules test rules/recommendation}. Thread-safe (stateless).
 */
public final class RecommendationScenarios {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** {@code audience}: whom the product is for (women, men, kids, baby), omitted for anyone. */
    public record CandidateInput(String sku, BigDecimal price, int stock, boolean instalmentsEligible, String model,
                                 String audience) {
    }

    /**
     * {@code notSold}: the rules answer that the shop does not sell what the turn's {@code thing} is;
     * {@code askWhatToChange}: they ask what to change about the cards shown (AskWhatToChangeAfterCards).
     */
    public record Expect(Boolean recommend, String trigger, String vetoedBy, List<String> shown,
                         List<String> instalments, List<String> rejected, Boolean notSold, Boolean askWhatToChange) {
    }

    public record Scenario(String name, RecoTurn turn, ShopperSituation situation, List<CandidateInput> candidates,
                           String financing, Expect expect) {
    }

    public record Result(String file, String name, boolean passed, String message) implements ScenarioOutcome {
    }

    private RecommendationScenarios() {
    }

    public static List<Result> run(CompiledRuleSet rules, Path folder) {
        return ScenarioGate.runFiles(folder, YAML, new TypeReference<List<Scenario>>() { },
                (file, scenario) -> run(rules, file, scenario),
                (file, message) -> new Result(file.toString(), "(file)", false, message));
    }

    public static List<RuleProblem> problems(CompiledRuleSet rules, Path folder) {
        return ScenarioGate.problemsOf(run(rules, folder));
    }

    private static Result run(CompiledRuleSet rules, Path file, Scenario s) {
        ShopperSituation situation = s.situation() == null ? new ShopperSituation(false, false, false, false, false) : s.situation();
        List<CandidateInput> inputs = s.candidates() == null ? List.of() : s.candidates();
        RecommendationRules.Outcome outcome = RecommendationRules.decide(rules, s.turn(), situation, d ->
                new RecommendationRules.Supply(inputs.stream().map(c -> new Candidate(c.sku(), c.price(), c.stock(),
                        c.instalmentsEligible(), c.model() == null ? "popularity" : c.model(), 0, c.audience())).toList(),
                        s.financing() == null ? null : new FinancingPreCheck(s.financing()),
                        io.shopdesk.recommendation.internal.CatalogueSelection.Relaxed.NONE));
        RecommendationDecision d = outcome.decision();
        List<String> shown = outcome.accepted().stream().map(Candidate::getSku).toList();
        List<String> instalments = outcome.accepted().stream().filter(Candidate::isInstalmentsOffered).map(Candidate::getSku).toList();
        List<String> rejected = outcome.candidates().stream().filter(Candidate::isRejected).map(Candidate::getSku).toList();
        Expect e = s.expect();
        List<String> differences = new ArrayList<>();
        if (e.recommend() != null && e.recommend() != d.isRecommend()) {
            differences.add("recommend " + d.isRecommend() + ", expected " + e.recommend());
        }
        if (e.notSold() != null && e.notSold() != d.isNotSold()) {
            differences.add("notSold " + d.isNotSold() + ", expected " + e.notSold());
        }
        if (e.askWhatToChange() != null && e.askWhatToChange() != d.isAskWhatToChange()) {
            differences.add("askWhatToChange " + d.isAskWhatToChange() + ", expected " + e.askWhatToChange());
        }
        check(differences, "trigger", d.getTrigger(), e.trigger());
        check(differences, "vetoedBy", d.getVetoedBy(), e.vetoedBy());
        check(differences, "shown", shown, e.shown());
        check(differences, "instalments", instalments, e.instalments());
        check(differences, "rejected", rejected, e.rejected());
        return new Result(file.toString(), s.name(), differences.isEmpty(),
                differences.isEmpty() ? "ok" : String.join("; ", differences));
    }

    private static void check(List<String> differences, String what, Object actual, Object expected) {
        if (expected != null && !expected.equals(actual)) {
            differences.add(what + " " + actual + ", expected " + expected);
        }
    }
}
