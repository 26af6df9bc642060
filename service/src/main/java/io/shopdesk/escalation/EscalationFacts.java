package io.shopdesk.escalation;

import io.shopdesk.commerce.CustomerRepository;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.OrderLabels;
import io.shopdesk.risk.RiskService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The facts the escalation rules decide on besides the turn: the policy, and the customer, order and payment decision
 * of the conversation when known. Thread-safe (it reads the repositories, keeps nothing).
 */
final class EscalationFacts {
    private final EscalationSettings settings;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final ObjectProvider<RiskService> risk;
    private final DialogueService dialogue;
    private final Clock clock;

    EscalationFacts(EscalationSettings settings, CustomerRepository customers, OrderRepository orders,
                    ObjectProvider<RiskService> risk, DialogueService dialogue, Clock clock) {
        this.settings = settings;
        this.customers = customers;
        this.orders = orders;
        this.risk = risk;
        this.dialogue = dialogue;
        this.clock = clock;
    }

    /**
     * The facts besides the turn: the policy, and the customer, order (with its payments, lines and parcels, and the
     * chat's labels for its status, carriers and payment methods) and payment decision when known. The payment is the
     * conversation's; a signed-in shopper reporting a failed payment (or answered with its decision) also means their
     * checkout payment (see {@link RiskService#latestPaymentDecision}). {@code answered}: the parcels of an order sent in several that the
     * dialogue answered about ({@code DialogueOutcome.parcels}), which the order's reason names.
     */
    List<Object> of(String conversationId, ConversationState state, EscalationTurn turn, List<Integer> answered) {
        List<Object> facts = new ArrayList<>();
        facts.add(settings.policy());
        if (state.getCustomerId() != null) {
            customers.find(state.getCustomerId()).ifPresent(c -> facts.add(new ShopperProfile(c.id(), c.tier())));
        }
        if (state.getOrderId() != null) {
            LocalDate today = LocalDate.now(clock.withZone(OrderRepository.SHOP_ZONE));
            orders.find(state.getOrderId()).ifPresent(o -> facts.add(
                    orderInQuestion(o, turn.dialogueDetail(), answered, today, dialogue.orderLabels())));
        }
        RiskService riskService = risk.getIfAvailable();
        if (riskService != null) {
            // The dialogue answered with the checkout payment's decision ("still fails" after the failed-payment
            // answer, whatever the intent model made of the words): the same payment the rules here read.
            boolean aboutCheckout = "payment_failed".equals(turn.intent())
                    || "payment_in_review".equals(turn.dialogueAction()) || "payment_declined".equals(turn.dialogueAction());
            Long checkoutOf = aboutCheckout ? state.signedCustomerId() : null;
            riskService.latestPaymentDecision(conversationId, checkoutOf).ifPresent(d -> facts.add(
                    new PaymentRisk(d.decision().decisionId(), d.decision().decision(), d.decision().score())));
        }
        return facts;
    }

    /**
     * The order as the rules read it, labelled: its shipment in question ({@link ShipmentInQuestion}, by the turn's
     * {@code dialogueDetail} and the parcels the dialogue {@code answered} about), payments, lines and parcels.
     */
    static OrderInQuestion orderInQuestion(OrderDetails o, String dialogueDetail, List<Integer> answered,
                                           LocalDate today, OrderLabels labels) {
        OrderDetails.Shipment s = ShipmentInQuestion.of(o, dialogueDetail, answered, today);
        List<Integer> inQuestion = ShipmentInQuestion.parcels(o, dialogueDetail, answered);
        List<OrderInQuestion.Parcel> parcels = new ArrayList<>();
        for (int n = 1; n <= o.parcels().size(); n++) {
            OrderDetails.Shipment p = o.parcels().get(n - 1).shipment();
            parcels.add(new OrderInQuestion.Parcel(p.carrier(), p.trackingNumber(), null, null, p.deliveredOn(),
                    inQuestion.contains(n)));
        }
        return new OrderInQuestion(o.id(), o.status(),
                o.total().doubleValue(), o.currency(), s == null ? null : s.carrier(),
                s == null ? null : s.trackingNumber(),
                s == null ? null : s.eta(), o.daysLateOfParcels(today),
                s == null ? null : s.deliveredOn(),
                o.payments().stream().map(p -> new OrderInQuestion.Payment(p.amount().doubleValue(), p.currency(),
                        p.method(), p.status(), p.failureCode(), p.createdAt() == null ? null
                                : p.createdAt().atZoneSameInstant(OrderRepository.SHOP_ZONE).toLocalDateTime(),
                        null, null)).toList(),
                o.items().stream().map(i -> new OrderInQuestion.Item(i.nameZh(), i.nameEn(), i.quantity())).toList(),
                parcels)
                .labelled(labels);
    }
}
