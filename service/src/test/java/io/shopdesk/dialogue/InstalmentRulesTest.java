package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.ProductProblem;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped dialogue rules decide an instalment question the plan table answers ({@link InstalmentQuestion}) against
 * the rules around it: a customer the financing pre-check did not approve (no demo customer is declined, so the chat
 * scenarios cannot show it), a card shown, a product without instalments. The quotes themselves are played in
 * {@code rules/dialogue/scenarios/instalment-plans.yml}.
 */
class InstalmentRulesTest {
    static CompiledRuleSet rules;

    @BeforeAll
    static void compile() {
        rules = RuleEngine.compile(Path.of("rules/dialogue"));
    }

    static Decision decide(InstalmentQuestion question, RiskCheck risk, boolean aboutShownCard) {
        Analysis analysis = new Analysis("12期", Language.ZH, false, true, "cmn", List.of(), List.of(),
                new IntentPrediction("installment_inquiry", 0.98, false, List.of()), Map.of());
        Decision decision = new Decision();
        rules.fire(session -> {
            session.insert(new Turn(analysis, "zh", false, false, false, ProductProblem.NONE, aboutShownCard));
            session.insert(new ConversationState());
            session.insert(new KbResult(new KbSearchResult(List.of(), false)));
            session.insert(new VerificationPolicy(3, 10));
            session.insert(new ReturnWindow(7, 30));
            session.insert(new LateDeliveryPolicy(3));
            session.insert(new NotReceivedPolicy(7));
            session.insert(question);
            if (risk != null) {
                session.insert(risk);
            }
            session.insert(decision);
        });
        return decision;
    }

    static InstalmentQuestion quote(int term) {
        return new InstalmentQuestion(true, term, true, true, true, false, "card");
    }

    @Test
    void aCustomerThePreCheckDidNotApproveGetsItsAnswerNotAQuote() {
        Decision declined = decide(quote(12), new RiskCheck("financing", "DECLINE"), false);
        assertThat(declined.getAction()).isEqualTo("instalments_unavailable");
        assertThat(declined.getRule()).isEqualTo("InstalmentPlanNotAvailableForCustomer");
        Decision review = decide(new InstalmentQuestion(true, 12, true, false, true, false, null),
                new RiskCheck("financing", "REVIEW"), false);
        assertThat(review.getRule()).isEqualTo("InstalmentPlanNotAvailableForCustomer");
        Decision approved = decide(quote(12), new RiskCheck("financing", "APPROVE"), false);
        assertThat(approved.getAction()).isEqualTo("instalment_plan");
        assertThat(approved.getDetail()).isEqualTo("quote");
    }

    @Test
    void whatTheProductAndTheTableSayComesBeforeThePreCheck() {
        Decision notAllowed = decide(new InstalmentQuestion(true, 12, true, true, false, false, "product"),
                new RiskCheck("financing", "DECLINE"), false);
        assertThat(notAllowed.getDetail()).isEqualTo("not_allowed");
        assertThat(notAllowed.getRule()).isEqualTo("InstalmentsNotOfferedForProduct");
        Decision notOffered = decide(new InstalmentQuestion(true, 24, false, false, true, false, null),
                new RiskCheck("financing", "DECLINE"), false);
        assertThat(notOffered.getDetail()).isEqualTo("term_not_offered");
    }

    @Test
    void aQuoteForACardShownComesBeforeTheCardsYesOrNo() {
        Decision decision = decide(quote(12), null, true);
        assertThat(decision.getRule()).isEqualTo("QuoteInstalmentPlans");
        Decision notAsked = decide(InstalmentQuestion.NONE, null, true);
        assertThat(notAsked.getRule()).isEqualTo("QuestionAboutShownCard");
    }

    @Test
    void aTermWithoutAPriceIsDescribedAndAnAmountBelowTheMinimumIsPaidInFull() {
        assertThat(decide(new InstalmentQuestion(true, 12, true, false, true, false, null), null, false).getRule())
                .isEqualTo("DescribeInstalmentTerm");
        assertThat(decide(new InstalmentQuestion(true, 0, true, true, true, true, "amount"), null, false).getRule())
                .isEqualTo("InstalmentAmountBelowMinimum");
    }
}
