package io.shopdesk.risk.backtest;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.DefaultProbabilityModel;
import io.shopdesk.risk.FinancingRequest;

/**
 * One past financing application as a replay decides it again: the request, the model's score it was decided with
 * (stored with the decision; a replay never asks today's model, which may have been retrained since), what the shop
 * knew about the customer then (account age, orders, tier) and the chat signals.
 */
public record HistoricalApplication(FinancingRequest request, DefaultProbabilityModel.Score score,
                                    long accountAgeDays, int orderCount, String customerTier, ConversationSignals chat) {
}
