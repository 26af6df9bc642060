package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.internal.FaqFollowUp;
import io.shopdesk.dialogue.internal.QuestionParts;
import io.shopdesk.dialogue.internal.ReplyComposer;
import io.shopdesk.dialogue.internal.ReplyTemplates;
import io.shopdesk.dialogue.internal.SeveralQuestions;
import io.shopdesk.dialogue.internal.WhyFollowUp;
import io.shopdesk.dialogue.internal.WrongPhoneDigits;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.recommendation.ProductProblem;
import io.shopdesk.recommendation.RecommendationRequest;
import io.shopdesk.recommendation.RecommendationService;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.watch.FolderWatcher;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decides one turn: fills slots from the message's entities, gathers the facts the rules need (FAQ search, order
 * lookup with its wrong phone digits counted), lets the dialogue rule set choose the action, and composes the
 * replies. A message that asks several questions ("运费多少？支持花呗吗？") is decided question by question and answered
 * in one turn ({@link QuestionParts}, {@link SeveralQuestions}). Thread-safe; the caller serialises turns of one
 * conversation, whose {@link ConversationState} it passes in and gets back updated.
 */
@Service
@EnableConfigurationProperties(DialogueSettings.class)
public class DialogueService implements AutoCloseable, SmartInitializingSingleton {
    /** The financing pre-check's amount and term when the shopper names none (a typical basket, the longest plan). */
    private static final java.math.BigDecimal PRECHECK_AMOUNT = java.math.BigDecimal.valueOf(1000);
    private static final int PRECHECK_TERM_MONTHS = 12;
    /**
     * Actions whose reply the products reply replaces: a fallback (nothing else answered the message, which asked for
     * products) and a question about a card shown, which only the recommendation module can answer.
     */
    private static final java.util.Set<String> REPLACED_BY_PRODUCTS = java.util.Set.of("fallback", "shown_card");
    /** Actions taken only on an order the shopper proved is theirs: its customer is then the conversation's. */
    private static final java.util.Set<String> OWNERSHIP_SHOWN =
            java.util.Set.of("order_status", "order_request", "order_request_for_agent", "late_delivery",
                    "late_delivery_for_agent");

    private final RuleEngine rules;
    private final KnowledgeBase knowledge;
    private final OrderRepository orders;
    private final DialogueSettings settings;
    private final ObjectProvider<RiskService> risk;
    private final ObjectProvider<RecommendationService> recommendations;
    private final FolderWatcher replyWatcher;
    private final WrongPhoneDigits wrongPhoneDigits;
    private final Clock clock;
    private final WhyFollowUp whyFollowUp = new WhyFollowUp();
    private final QuestionParts questions;
    private final FaqFollowUp followUps;
    private volatile ReplyTemplates texts;

    public DialogueService(RuleEngine rules, KnowledgeBase knowledge, OrderRepository orders, DialogueSettings settings,
                           ObjectProvider<RiskService> risk, ObjectProvider<RecommendationService> recommendations,
                           JdbcClient jdbc, Clock clock, NlpPipeline nlp) {
        this.rules = rules;
        this.questions = new QuestionParts(nlp, knowledge, settings.questionMinIntentConfidence());
        this.followUps = new FaqFollowUp(knowledge);
        this.risk = risk;
        this.recommendations = recommendations;
        this.knowledge = knowledge;
        this.orders = orders;
        this.settings = settings;
        this.wrongPhoneDigits = new WrongPhoneDigits(jdbc, settings.wrongPhoneDigitsWindow(), clock);
        this.clock = clock;
        var repliesFolder = rules.folder(settings.ruleSet()).resolve("replies");
        this.texts = ReplyTemplates.load(repliesFolder);
        this.replyWatcher = new FolderWatcher("replies", repliesFolder, java.time.Duration.ofSeconds(2),
                () -> texts = ReplyTemplates.load(repliesFolder));
    }

    /**
     * Fails start-up when the configured rule set does not exist, once the rule engine has compiled (one that
     * exists but is not ready shows in the health check instead).
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!rules.names().contains(settings.ruleSet())) {
            throw new IllegalArgumentException("No rule set '" + settings.ruleSet() + "'; found: " + rules.names());
        }
    }

    public ReplyTemplates texts() {
        return texts;
    }

    public DialogueOutcome decide(Analysis analysis, Language replyLanguage, ConversationState state) {
        return decide(null, analysis, replyLanguage, state);
    }

    /**
     * Decides the turn for {@code analysis}, the whole message. A message of several questions the bot understands
     * each of is decided question by question; any other message as one.
     */
    public DialogueOutcome decide(String conversationId, Analysis analysis, Language replyLanguage,
                                  ConversationState state) {
        List<QuestionParts.Question> asked = questions.of(analysis);
        if (asked.isEmpty()) {
            KbSearchResult kb = knowledge.search(analysis);
            KbHit followUp = followUps.answer(analysis, kb, state.getLastAction(), state.getLastDetail()).orElse(null);
            return decideOne(conversationId, analysis, kb, followUp, replyLanguage, state);
        }
        // A question of several is a question of its own: no follow-up of the last answer.
        return SeveralQuestions.decide(asked, state,
                question -> decideOne(conversationId, question.analysis(), question.kb(), null, replyLanguage, state));
    }

    /** @param followUp the answer to the message as a follow-up of the last FAQ answer ({@link FaqFollowUp}), or null */
    private DialogueOutcome decideOne(String conversationId, Analysis analysis, KbSearchResult kb, KbHit followUp,
                                      Language replyLanguage, ConversationState state) {
        boolean digitsGiven = fillSlots(analysis, state);
        RiskCheck riskCheck = riskCheck(conversationId, analysis, state);
        Optional<OrderDetails> order = state.getOrderId() == null ? Optional.empty() : orders.find(state.getOrderId());
        String orderId = state.getOrderId();
        OrderLookup lookup = orderId == null ? null : lookUp(orderId, order.orElse(null), state, digitsGiven);
        Decision decision = new Decision();
        RecommendationService shop = recommendations.getIfAvailable();
        boolean productKind = shop != null && !analysis.namesProduct() && shop.namesProductKind(analysis);
        ProductProblem problem = shop == null ? ProductProblem.NONE : shop.productProblem(analysis.text());
        boolean aboutShownCard = shop != null && shop.asksAboutShownCard(conversationId, analysis);
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        ruleSet.fire(session -> {
            session.insert(new Turn(analysis, replyLanguage.code(), digitsGiven, whyFollowUp.asksWhy(analysis.text()),
                    productKind, problem, aboutShownCard));
            session.insert(state);
            session.insert(new KbResult(kb, followUp));
            session.insert(settings.verificationPolicy());
            session.insert(settings.returnWindow());
            session.insert(settings.lateDeliveryPolicy());
            session.insert(settings.notReceivedPolicy());
            if (lookup != null) {
                session.insert(lookup);
            }
            if (riskCheck != null) {
                session.insert(riskCheck);
            }
            session.insert(decision);
        });
        var replies = ReplyComposer.compose(decision, replyLanguage, texts,
                answeredFrom(kb, followUp, decision, replyLanguage),
                lookup, settings.suggestions(), settings.returnWindow(), settings.lateDeliveryPolicy(),
                settings.notReceivedPolicy());
        replies = withProducts(replies, conversationId, analysis, replyLanguage, state, decision, order.orElse(null));
        afterDecision(decision, analysis, state);
        if (OWNERSHIP_SHOWN.contains(decision.getAction()) && order.isPresent() && !state.isCustomerSigned()) {
            state.setCustomerId(order.get().customerId());
        }
        return new DialogueOutcome(replies, decision, state);
    }

    /**
     * The search the reply's entry comes from: the follow-up's when a rule answered with its entry (the entry need not
     * be among the message's own hits), else the message's own, so every other reply (the fallback's suggestions
     * too) is as it was. For what_to_do, the entry the conversation was last answered with, given again.
     */
    private KbSearchResult answeredFrom(KbSearchResult kb, KbHit followUp, Decision decision, Language language) {
        if ("what_to_do".equals(decision.getAction())) {
            return knowledge.entry(decision.getDetail(), language)
                    .map(entry -> new KbSearchResult(java.util.List.of(KbHit.givenAgain(entry)), true))
                    .orElse(kb);
        }
        if (followUp == null || !"kb_answer".equals(decision.getAction())
                || !followUp.entry().id().equals(decision.getDetail())
                || kb.hits().stream().anyMatch(hit -> hit.entry().id().equals(decision.getDetail()))) {
            return kb;
        }
        return new KbSearchResult(java.util.List.of(followUp), true);
    }

    /**
     * The financing pre-check for an instalment question from a customer the conversation has identified, or the
     * conversation's latest payment decision when the shopper reports a failed payment; null otherwise.
     */
    private RiskCheck riskCheck(String conversationId, Analysis analysis, ConversationState state) {
        RiskService riskService = risk.getIfAvailable();
        if (riskService == null) {
            return null;
        }
        if ("installment_inquiry".equals(analysis.intentName()) && state.getCustomerId() != null) {
            java.math.BigDecimal amount = analysis.firstEntity(Entity.MONEY)
                    .map(m -> new java.math.BigDecimal(m.value().split(" ")[0]))
                    .orElse(PRECHECK_AMOUNT);
            int term = analysis.firstEntity(Entity.INSTALMENTS).map(t -> Integer.parseInt(t.value()))
                    .orElse(PRECHECK_TERM_MONTHS);
            var request = new FinancingRequest("chat-" + java.util.UUID.randomUUID(), state.getCustomerId(), amount,
                    term, "chat_precheck", null, null, null, null, null, null, conversationId, null);
            return new RiskCheck("financing", riskService.assessFinancing(request).decision());
        }
        if ("payment_failed".equals(analysis.intentName())) {
            return riskService.latestPaymentDecision(conversationId, state.signedCustomerId())
                    .map(d -> new RiskCheck("payment", d.decision().decision())).orElse(null);
        }
        return null;
    }

    /**
     * Product cards when the recommendation rules say this is the moment; they replace a fallback (the shopper asked
     * for products, not for an FAQ) and the question about a card shown, which they answer, and follow any other reply.
     * The products reply names the dialogue rule that decided the turn (ProductNamed, ProductRequested,
     * QuestionAboutShownCard when the cards answer the message); its reason names the recommendation rule. The state is
     * read before this turn updates it, after the rules: a problem reported in this message counts already.
     */
    private List<Reply> withProducts(List<Reply> replies, String conversationId, Analysis analysis, Language language,
                                     ConversationState state, Decision decision, OrderDetails order) {
        RecommendationService service = recommendations.getIfAvailable();
        if (service == null) {
            return replies;
        }
        return service.recommend(new RecommendationRequest(conversationId, analysis, language, state.getCustomerId(),
                        state.getLastIntent(), state.isHandedOff(), decision.getAction(), order,
                        state.getOrderRequest(), state.isProblemReported(), state.isUpset()))
                .map(s -> {
                    Reply products = new Reply("products", s.text(), Map.of("rule", decision.getRule(),
                            "cards", s.cards(), "reason", s.reason()));
                    if (REPLACED_BY_PRODUCTS.contains(decision.getAction())) {
                        // The cards answer the message: it is not a misunderstanding, for the counters and the
                        // escalation rules.
                        decision.decide("products", null, decision.getRule());
                        return List.of(products);
                    }
                    List<Reply> all = new ArrayList<>(replies);
                    all.add(products);
                    return List.copyOf(all);
                })
                .orElse(replies);
    }

    /**
     * The order's look-up with its wrong phone digits counted. This message's digits count when they do not prove the
     * order, whatever the rules then decide: they were a guess at its phone. The rules decide what the counts mean.
     */
    private OrderLookup lookUp(String orderId, OrderDetails order, ConversationState state, boolean digitsGiven) {
        String digits = state.getPhoneLast4();
        Long signed = state.signedCustomerId();
        boolean wrong = digitsGiven && new OrderLookup(orderId, order, digits, signed).isWrongPhoneDigits();
        int here = wrong ? state.addWrongPhoneDigits(orderId) : state.wrongPhoneDigits(orderId);
        int everywhere = wrong ? wrongPhoneDigits.record(orderId) : wrongPhoneDigits.recent(orderId);
        return new OrderLookup(orderId, order, digits, signed, here, everywhere,
                LocalDate.now(clock.withZone(OrderRepository.SHOP_ZONE)));
    }

    /**
     * An order id or phone digits in the message become slots. Cued digits ("尾号5678", "last four 5678") and a whole
     * phone number always count. Four digits without a cue count when the message names the order too, or when the
     * message is nothing but those digits while the conversation's order waits for them (asked for, or told to a
     * detour before they came): digits inside another sentence are a price, a year or a model number, and a try
     * that was never meant would bring the lock closer. Returns whether the message gave phone digits.
     */
    private static boolean fillSlots(Analysis analysis, ConversationState state) {
        boolean orderNamed = analysis.firstEntity(Entity.ORDER_ID).isPresent();
        boolean digitsAwaited = state.getOrderId() != null && state.getPhoneLast4() == null;
        analysis.firstEntity(Entity.ORDER_ID).ifPresent(id -> {
            if (!id.value().equals(state.getOrderId())) {
                state.setOrderId(id.value());
                state.setPhoneLast4(null);
            }
        });
        Optional<Entity> last4 = analysis.entities(Entity.PHONE_LAST4).stream()
                .filter(e -> switch (e.source()) {
                    case "pattern-bare" -> orderNamed;
                    case "pattern-alone" -> orderNamed || digitsAwaited;
                    default -> true;
                })
                .findFirst();
        last4.ifPresent(e -> state.setPhoneLast4(e.value()));
        Optional<Entity> phone = analysis.firstEntity(Entity.PHONE);
        phone.ifPresent(e -> {
            String digits = e.value().replaceAll("\\D", "");
            state.setPhoneLast4(digits.substring(digits.length() - 4));
        });
        return last4.isPresent() || phone.isPresent();
    }

    private static void afterDecision(Decision decision, Analysis analysis, ConversationState state) {
        state.setAwaiting(switch (decision.getAction()) {
            case "ask", "help" -> decision.getDetail();
            // "Please check and try again" asks for the digits again: digits alone next are the next try.
            case "order_not_verified" -> "phone_last4";
            default -> null;
        });
        // An off-topic message was understood: it neither counts towards the hand-off nor restarts the count.
        if (decision.isMisunderstanding()) {
            state.setConsecutiveFallbacks(state.getConsecutiveFallbacks() + 1);
        } else if (!decision.isOffTopic()) {
            state.setConsecutiveFallbacks(0);
        }
        state.setLastIntent(analysis.intentName());
        state.setLastAction(decision.getAction());
        state.setLastDetail(decision.getDetail());
        state.setConsecutiveComplaints("complaint".equals(analysis.intentName()) ? state.getConsecutiveComplaints() + 1 : 0);
    }

    @PreDestroy
    @Override
    public void close() {
        replyWatcher.close();
    }
}
