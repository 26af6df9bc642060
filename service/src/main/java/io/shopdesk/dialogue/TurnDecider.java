package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.internal.AnsweredEntry;
import io.shopdesk.dialogue.internal.ConfirmedAddressChange;
import io.shopdesk.dialogue.internal.ConversationMemory;
import io.shopdesk.dialogue.internal.DialogueRules;
import io.shopdesk.dialogue.internal.FaqFollowUp;
import io.shopdesk.dialogue.internal.InstalmentAsk;
import io.shopdesk.dialogue.internal.InstalmentAskReader;
import io.shopdesk.dialogue.internal.InstalmentPlansInService;
import io.shopdesk.dialogue.internal.OrderFinder;
import io.shopdesk.dialogue.internal.OrderRequestProducts;
import io.shopdesk.dialogue.internal.OrderSlots;
import io.shopdesk.dialogue.internal.ProductsReply;
import io.shopdesk.dialogue.internal.QuestionParts;
import io.shopdesk.dialogue.internal.RepliesInService;
import io.shopdesk.dialogue.internal.ReplyComposer;
import io.shopdesk.dialogue.internal.ReplyPolicies;
import io.shopdesk.dialogue.internal.ReplyTemplates;
import io.shopdesk.dialogue.internal.RiskPreCheck;
import io.shopdesk.dialogue.internal.SeveralQuestions;
import io.shopdesk.dialogue.internal.StatedPaymentCheck;
import io.shopdesk.dialogue.internal.TeamIntentReplies;
import io.shopdesk.dialogue.internal.WhyFollowUp;
import io.shopdesk.dialogue.internal.WrongPhoneDigits;
import io.shopdesk.dialogue.internal.WordLists;
import io.shopdesk.dialogue.internal.YesNoAnswers;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.recommendation.ProductMention;
import io.shopdesk.recommendation.ProductProblem;
import io.shopdesk.recommendation.RecommendationService;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decides one turn for {@link DialogueService}: splits a message of several questions ({@link QuestionParts},
 * {@link SeveralQuestions}), fills slots from the message's entities ({@link OrderSlots}), gathers the facts the rules
 * need (FAQ search and its follow-up of the last answer, the instalment question against the plan table, the risk
 * pre-check, the order look-up with its wrong phone digits counted: {@link InstalmentAskReader}, {@link RiskPreCheck},
 * {@link OrderFinder}), lets the rule set choose the action ({@link DialogueRules}), carries out a delivery address
 * change the shopper confirmed ({@link ConfirmedAddressChange}), composes the replies (product cards by
 * {@link ProductsReply}, a team's own text by {@link TeamIntentReplies}) and updates the state
 * ({@link ConversationMemory}). A {@link Run} says which rule set and word lists decide and whether it is a gate's
 * replay, which changes nothing outside the state.
 *
 * <p>Thread-safe: it keeps no per-turn state; what it reads between turns (the reply texts, the word lists, the
 * instalment plans, the team's answers) is immutable and swapped whole by its holder, and the reply texts are read
 * once per decision. The caller serialises turns of one conversation.
 */
final class TurnDecider implements AutoCloseable {
    private final KnowledgeBase knowledge;
    private final DialogueSettings settings;
    private final ObjectProvider<RecommendationService> recommendations;
    private final OrderFinder orderFinder;
    private final RiskPreCheck riskPreCheck;
    private final ProductsReply productsReply;
    private final WhyFollowUp whyFollowUp = new WhyFollowUp();
    private final QuestionParts questions;
    private final FaqFollowUp followUps;
    private final InstalmentPlansInService instalmentPlans;
    private final ConfirmedAddressChange addressChange;
    private final DialogueRules dialogueRules;
    private final AnsweredEntry answeredEntry;
    private final RepliesInService replyTexts;
    private final Supplier<WordLists> wordListsInService;
    private final TeamIntentReplies teamReplies;

    /**
     * The rule set a turn is decided with; {@code replay}: a gate's replay, which changes nothing outside the state;
     * {@code words}: the word lists it reads (null: those in service).
     */
    record Run(CompiledRuleSet ruleSet, boolean replay, WordLists words) {
        Run(CompiledRuleSet ruleSet, boolean replay) {
            this(ruleSet, replay, null);
        }
    }

    /**
     * @param replyTexts         the reply texts in service
     * @param wordListsInService the word lists in service, asked once per decision
     * @param teamReplies        the team's answers for its own intents
     */
    TurnDecider(KnowledgeBase knowledge, OrderRepository orders, DialogueSettings settings,
                ObjectProvider<RiskService> risk, ObjectProvider<RecommendationService> recommendations,
                JdbcClient jdbc, Clock clock, NlpPipeline nlp, OrderAddressChanges addresses,
                RepliesInService replyTexts, Supplier<WordLists> wordListsInService, TeamIntentReplies teamReplies) {
        this.knowledge = knowledge;
        this.settings = settings;
        this.recommendations = recommendations;
        this.orderFinder = new OrderFinder(orders, new WrongPhoneDigits(jdbc, settings.wrongPhoneDigitsWindow(), clock), clock);
        this.riskPreCheck = new RiskPreCheck(risk);
        this.productsReply = new ProductsReply(recommendations);
        this.questions = new QuestionParts(nlp, knowledge, settings.questionMinIntentConfidence());
        this.followUps = new FaqFollowUp(knowledge);
        this.instalmentPlans = new InstalmentPlansInService(settings.instalmentPlans());
        this.addressChange = new ConfirmedAddressChange(addresses);
        this.dialogueRules = new DialogueRules(settings.maxRuleFirings());
        this.answeredEntry = new AnsweredEntry(knowledge);
        this.replyTexts = replyTexts;
        this.wordListsInService = wordListsInService;
        this.teamReplies = teamReplies;
    }

    /** The rules' run within the firing limit, for a decision that is no turn (a file the shopper sent). */
    DialogueRules rules() {
        return dialogueRules;
    }

    /**
     * Decides the turn for {@code analysis}, the whole message. A message of several questions the bot understands
     * each of is decided question by question; any other message as one, and so is one whose every question is about
     * the product cards just shown (the recommendation answers them together).
     */
    DialogueOutcome decide(String conversationId, Analysis analysis, Language replyLanguage,
                           ConversationState state, Run run) {
        RecommendationService shop = recommendations.getIfAvailable();
        // 第一个多少钱？有货吗？: questions about the cards just shown are answered together, in one reply about them.
        List<QuestionParts.Question> asked = shop != null && shop.asksOnlyAboutShownCards(conversationId, analysis)
                ? List.of() : questions.of(analysis);
        if (asked.isEmpty()) {
            KbSearchResult kb = knowledge.search(analysis);
            KbHit followUp = followUps.answer(analysis, kb, state.getLastAction(), state.getLastDetail()).orElse(null);
            return decideOne(conversationId, analysis, kb, followUp, replyLanguage, state, run);
        }
        // A question of several is a question of its own: no follow-up of the last answer.
        return SeveralQuestions.decide(asked, state,
                question -> decideOne(conversationId, question.analysis(), question.kb(), null, replyLanguage, state,
                        run));
    }

    /** @param followUp the answer to the message as a follow-up of the last FAQ answer ({@link FaqFollowUp}), or null */
    private DialogueOutcome decideOne(String conversationId, Analysis analysis, KbSearchResult kb, KbHit followUp,
                                      Language replyLanguage, ConversationState state, Run run) {
        boolean digitsGiven = OrderSlots.fill(analysis, state);
        RecommendationService shop = recommendations.getIfAvailable();
        InstalmentAsk read = InstalmentAskReader.read(analysis, replyLanguage.code(), state, conversationId, shop,
                instalmentPlans.plans());
        // A replay asks the risk rules nothing: the financing pre-check stores its decision.
        RiskCheck riskCheck = run.replay() ? null : riskPreCheck.check(conversationId, analysis, state, read);
        // A quote for a customer the pre-check approved says so first.
        InstalmentAsk instalments = riskCheck != null && "financing".equals(riskCheck.getKind())
                ? read.withPreCheck(riskCheck.getDecision()) : read;
        List<ProductMention> named = shop == null ? List.of() : ProductMention.in(analysis);
        OrderLookup lookup = OrderRequestProducts.placedIn(orderFinder.lookUp(state, digitsGiven, !run.replay()), named, state, shop);
        OrderDetails order = lookup == null ? null : lookup.getOrder();
        boolean productKind = shop != null && !analysis.namesProduct() && shop.namesProductKind(analysis);
        ProductProblem problem = shop == null ? ProductProblem.NONE : shop.productProblem(analysis.text());
        boolean aboutShownCard = shop != null && shop.asksAboutShownCard(conversationId, analysis);
        CompiledRuleSet ruleSet = run.ruleSet();
        String text = analysis.text();
        String code = replyLanguage.code();
        ReplyTemplates texts = replyTexts.texts();
        WordLists lists = run.words() != null ? run.words() : wordListsInService.get();
        YesNoAnswers yesNo = lists.answers();
        String answer = yesNo.saysYes(text, code) ? "yes" : yesNo.saysNo(text, code) ? "no" : null;
        Decision decision = dialogueRules.decide(ruleSet, new Decision(), run.replay(), session -> {
            session.insert(new Turn(analysis, code, digitsGiven, whyFollowUp.asksWhy(text), productKind, problem,
                    aboutShownCard, lists.acknowledgements().kindOf(text, code).orElse(null), named, answer));
            session.insert(state);
            session.insert(new KbResult(kb, followUp, id -> knowledge.entry(id, replyLanguage).isPresent()));
            settings.ruleFacts().forEach(session::insert);
            teamReplies.answers().fact(analysis.intentName(), replyLanguage,
                    id -> knowledge.entry(id, replyLanguage).isPresent()).ifPresent(session::insert);
            session.insert(instalments.fact());
            if (lookup != null) {
                session.insert(lookup);
            }
            if (riskCheck != null) {
                session.insert(riskCheck);
            }
        });
        if (!run.replay()) {
            addressChange.carryOut(conversationId, decision, lookup, state);
        }
        var replies = teamReplies.isTeamText(decision, replyLanguage)
                ? List.of(teamReplies.reply(decision, replyLanguage))
                : ReplyComposer.compose(decision, replyLanguage, texts,
                        answeredEntry.searchFor(kb, followUp, decision, replyLanguage),
                        lookup, ReplyPolicies.of(settings), state.getNewAddress(), instalments);
        if (!run.replay()) {
            replies = productsReply.addTo(replies, conversationId, analysis, replyLanguage, state, decision, order);
        }
        // "I paid $45.90 on Tuesday": where that differs from the order's payment records, said before them.
        replies = StatedPaymentCheck.addTo(replies, decision, state.getStatedPayment(), lookup, replyLanguage, texts);
        // Read before the state forgets it with the answered request: a hand-off of the change names it to the agent.
        String newAddress = state.getNewAddress();
        ConversationMemory.remember(decision, analysis, order, instalments, state);
        return new DialogueOutcome(replies, decision, state, newAddress, parcelsAnswered(decision, lookup));
    }

    /** Stops watching the instalment plans. */
    @Override
    public void close() {
        instalmentPlans.close();
    }

    /**
     * The parcels of an order sent in several that the decision answered about: its part's ({@link OrderPart}), when the
     * decision's case is one of a part ({@code <request>.part_<case>}, as {@code ReplyComposer} words it); else none.
     */
    private static List<Integer> parcelsAnswered(Decision decision, OrderLookup lookup) {
        String detail = decision.getDetail();
        boolean aboutPart = detail != null && detail.contains(".part_");
        return aboutPart && lookup != null && lookup.getOrderPart() != null ? lookup.getOrderPart().parcels()
                : List.of();
    }
}
