package io.shopdesk.risk.internal;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.DefaultProbabilityModel;
import io.shopdesk.risk.FinancingContext;
import io.shopdesk.risk.FinancingRequest;

/**
 * Builds the {@link FinancingContext} the financing rules see: the model's score, what the shop knew about the
 * customer, whether the allowed-customers list holds them, what the chat said. The one place both the service (with
 * the score it just computed) and a replay (with the score stored with the decision) build it, so that a replay
 * decides an application as the service did. Stateless and thread-safe (the lists are).
 */
public final class FinancingFacts {
    private FinancingFacts() {
    }

    /** The context; a score below 0 is "no model released" and carries the model version {@code none}. */
    public static FinancingContext context(FinancingRequest request, DefaultProbabilityModel.Score score,
                                           RiskContextRepository.Customer customer, ListLookup lists,
                                           ConversationSignals chat) {
        return new FinancingContext(score.probability(), modelVersion(score), customer.accountAgeDays(),
                customer.orderCount(), customer.tier(),
                lists.contains("allowed-customers", String.valueOf(request.customerId())), chat);
    }

    /** Which list an application's facts look up with which of its values. */
    public static java.util.Map<String, String> listLookups(FinancingRequest request) {
        return java.util.Map.of("allowed-customers", String.valueOf(request.customerId()));
    }

    /** The version a decision records for a score: {@code none} when no model scored it. */
    public static String modelVersion(DefaultProbabilityModel.Score score) {
        return score.probability() < 0 ? "none" : score.modelVersion();
    }
}
