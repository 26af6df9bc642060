package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.internal.Acknowledgements;
import io.shopdesk.dialogue.internal.AnsweredEntry;
import io.shopdesk.dialogue.internal.AttachmentReply;
import io.shopdesk.dialogue.internal.DialogueRules;
import io.shopdesk.dialogue.internal.OrderRequestProducts;
import io.shopdesk.dialogue.internal.WordLists;
import io.shopdesk.dialogue.internal.WordListsInService;
import io.shopdesk.dialogue.internal.WordListsReplay;
import io.shopdesk.dialogue.internal.ReplayAnalyses;
import io.shopdesk.dialogue.internal.YesNoAnswers;
import io.shopdesk.dialogue.internal.ConfirmedAddressChange;
import io.shopdesk.dialogue.internal.ConversationMemory;
import io.shopdesk.dialogue.internal.FaqFollowUp;
import io.shopdesk.dialogue.internal.InstalmentAsk;
import io.shopdesk.dialogue.internal.IntentAnswersInService;
import io.shopdesk.dialogue.internal.InstalmentAskReader;
import io.shopdesk.dialogue.internal.InstalmentPlansInService;
import io.shopdesk.dialogue.internal.OrderFinder;
import io.shopdesk.dialogue.internal.OrderSlots;
import io.shopdesk.dialogue.internal.ProductsReply;
import io.shopdesk.dialogue.internal.ReplyPolicies;
import io.shopdesk.dialogue.internal.QuestionParts;
import io.shopdesk.dialogue.internal.ReplyComposer;
import io.shopdesk.dialogue.internal.StatedPaymentCheck;
import io.shopdesk.dialogue.internal.RepliesInService;
import io.shopdesk.dialogue.internal.ReplyTemplates;
import io.shopdesk.dialogue.internal.RiskPreCheck;
import io.shopdesk.dialogue.internal.SeveralQuestions;
import io.shopdesk.dialogue.internal.WhyFollowUp;
import io.shopdesk.dialogue.internal.WrongPhoneDigits;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.IntentCoverage;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.recommendation.ProductMention;
import io.shopdesk.recommendation.ProductProblem;
import io.shopdesk.recommendation.RecommendationService;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decides one turn: fills slots from the message's entities ({@link OrderSlots}), gathers the facts the rules need
 * (FAQ search, the message's instalment question against the plan table, the risk pre-check, order lookup with its
 * wrong phone digits counted: {@link InstalmentAskReader}, {@link RiskPreCheck}, {@link OrderFinder}), lets the
 * dialogue rule set choose the action, carries out a delivery address change the shopper confirmed
 * ({@link ConfirmedAddressChange}), composes the replies (product cards by
 * {@link ProductsReply}) and updates the state ({@link ConversationMemory}). A message that asks several questions ("运费多少？支持花呗吗？") is decided question by question and answered
 * in one turn ({@link QuestionParts}, {@link SeveralQuestions}). The reply texts ({@link RepliesInService}, checked
 * before they replace those in service), the acknowledgement words ({@link Acknowledgements}) and the yes and no words
 * ({@link YesNoAnswers}, {@link WordListsInService}) are read from beside the rule set, and again when they change
 * (the word lists only when the recorded decisions replay with them: {@link WordListsReplay}).
 * The parts with a responsibility of their own sit beside it: the rules' run within the firing limit
 * ({@link DialogueRules}), the products of a request placed in the order ({@link OrderRequestProducts}), the FAQ search
 * a reply is worded from ({@link AnsweredEntry}).
 *
 * <p>Thread-safe: it keeps no per-turn state; what it reads between turns (the live rule set, the reply texts, the
 * word lists, the instalment plans) is immutable and swapped whole by its holder, so a turn never sees a half-read
 * file (the reply texts are read once per decision). The caller serialises turns of one conversation, whose {@link ConversationState} it passes in and gets
 * back updated; turns of different conversations run concurrently.
 */
@Service
@EnableConfigurationProperties(DialogueSettings.class)
public class DialogueService implements AutoCloseable, SmartInitializingSingleton, IntentCoverage {
    /** The fallback detail of a turn whose rules failed (looped): reply {@code fallback.rule_error}. */
    public static final String RULE_ERROR = "rule_error";
    private final RuleEngine rules;
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
    private final WordListsInService words;
    private final IntentAnswersInService intentAnswers;

    public DialogueService(RuleEngine rules, KnowledgeBase knowledge, OrderRepository orders, DialogueSettings settings,
                           ObjectProvider<RiskService> risk, ObjectProvider<RecommendationService> recommendations,
                           JdbcClient jdbc, Clock clock, NlpPipeline nlp, OrderAddressChanges addresses,
                           ReplayAnalyses replayAnalyses) {
        this.rules = rules;
        this.questions = new QuestionParts(nlp, knowledge, settings.questionMinIntentConfidence());
        this.followUps = new FaqFollowUp(knowledge);
        this.riskPreCheck = new RiskPreCheck(risk);
        this.recommendations = recommendations;
        this.productsReply = new ProductsReply(recommendations);
        this.knowledge = knowledge;
        this.orderFinder = new OrderFinder(orders, new WrongPhoneDigits(jdbc, settings.wrongPhoneDigitsWindow(), clock), clock);
        this.settings = settings;
        this.addressChange = new ConfirmedAddressChange(addresses);
        this.dialogueRules = new DialogueRules(settings.maxRuleFirings());
        this.answeredEntry = new AnsweredEntry(knowledge);
        // Texts that would show a shopper a key or a placeholder are logged with file and line, and those in service stay.
        this.replyTexts = new RepliesInService(rules.folder(settings.ruleSet()).resolve("replies"));
        // A list that no longer reads (a bad line), or that would decide a recorded message otherwise than recorded and
        // than the lists in service do, is logged with its file and line, and the lists in service stay.
        Path rulesFolder = rules.folder(settings.ruleSet());
        this.words = new WordListsInService(rulesFolder.resolve("words"),
                new WordListsReplay(this, rules, settings.ruleSet(), replayAnalyses), rulesFolder.resolve("gate"));
        this.instalmentPlans = new InstalmentPlansInService(settings.instalmentPlans());
        // A team's answers for its own intents (an FAQ entry, a text, a person), read by the generic AnswerTeamIntent.
        Path ruleSet = rules.folder(settings.ruleSet());
        this.intentAnswers = new IntentAnswersInService(
                ruleSet.resolve(io.shopdesk.dialogue.internal.IntentAnswers.FOLDER), this::selectedByRules,
                knowledge::intentsWithTopics);
    }

    /**
     * The intents nothing answers: not in {@code intent-answers.yml}, named by no rule, not searched by FAQ topic
     * (the release job warns about them).
     */
    @Override
    public java.util.List<String> unanswered(java.util.Collection<String> labels) {
        return intentAnswers.unanswered(labels);
    }

    /** Of {@code labels}, the intents a rule set in service selects (dialogue, escalation, recommendation, …). */
    private java.util.Set<String> selectedByRules(java.util.Collection<String> labels) {
        java.util.Set<String> selected = new java.util.HashSet<>();
        for (String name : rules.names()) {
            rules.serving(name).ifPresent(set -> selected.addAll(set.selectedValues("intent", labels)));
        }
        return selected;
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

    /** The reply texts in service (reloaded when their folder changes), for the features that word replies too. */
    public ReplyTexts texts() {
        return replyTexts.texts();
    }

    /**
     * What {@code text}, a whole message in {@code language}, acknowledges by the live word list
     * ({@code rules/dialogue/words/}): "ok", "yes", "understood" or "thanks"; empty when it is no acknowledgement.
     * The escalation feature reads it for a message while the shopper waits for a person.
     */
    public Optional<String> acknowledgement(String text, Language language) {
        return words.acknowledgements().kindOf(text, language.code());
    }

    /**
     * Whether {@code text}, a whole message, asks about the wait for a person ("how long do I have to wait?", "hello?",
     * 有人吗) by the live word lists ({@code rules/dialogue/words/queue-words-<lang>.csv}, every language's), which the
     * escalation feature answers with the shopper's place in the queue rather than the bot's answer.
     */
    public boolean asksAboutTheWait(String text) {
        return words.queueWords().asksAboutTheWait(text);
    }

    /**
     * Whether {@code text} asks something else than the wait for a person though it holds such a word, by the live
     * queue words' {@code not} phrases ("can someone tell me…", 客服电话是多少, which the intent model reads as a request
     * for a person).
     */
    public boolean asksSomethingElseThanTheWait(String text) {
        return words.queueWords().asksSomethingElse(text);
    }

    /**
     * Reads the word lists ({@code rules/dialogue/words/}) again, as their folder's watcher does on an edit: they
     * replace those in service only if they read and pass the replay of the recorded decisions. Returns whether they
     * are in service now; when not, {@link #wordListProblems()} says why.
     */
    public boolean reloadWordLists() {
        return words.reload();
    }

    /** Why the last edit of the word lists was refused, one line each ({@code file:line: reason}); empty once one passed. */
    public List<String> wordListProblems() {
        return words.lastProblems();
    }

    /** The status and carrier labels of the reply texts currently live, for showing an order to a person. */
    public OrderLabels orderLabels() {
        return new OrderLabels(replyTexts.texts());
    }

    /** What a decision's detail was about (a payment outcome, an FAQ entry), from the live reply texts and FAQ. */
    public TopicLabels topicLabels() {
        return new TopicLabels(replyTexts.texts(), knowledge::entry);
    }

    /**
     * The bot's answer to a file the shopper sent while it holds the conversation ({@code image}: a photo, else a PDF),
     * decided by the dialogue rules from an {@link AttachmentSent} alone and worded in {@code language}
     * ({@link AttachmentReply}). The state is left as it was, so a question the bot asked before the file (the order
     * number, say) is still the one the next message answers.
     */
    public Reply acknowledgeAttachment(long attachmentId, String name, boolean image, ConversationState state,
                                       Language language) {
        AttachmentSent sent = AttachmentSent.of(image ? "image" : "pdf", state);
        Decision decision = dialogueRules.decide(rules.ruleSet(settings.ruleSet()), new Decision(), false, session -> {
            session.insert(sent);
        });
        return AttachmentReply.compose(decision, sent, attachmentId, name, replyTexts.texts(), language);
    }

    public DialogueOutcome decide(Analysis analysis, Language replyLanguage, ConversationState state) {
        return decide(null, analysis, replyLanguage, state);
    }

    /**
     * Decides the turn for {@code analysis}, the whole message. A message of several questions the bot understands
     * each of is decided question by question; any other message as one, and so is one whose every question is about
     * the product cards just shown (the recommendation answers them together).
     */
    public DialogueOutcome decide(String conversationId, Analysis analysis, Language replyLanguage,
                                  ConversationState state) {
        return decide(conversationId, analysis, replyLanguage, state, new Run(rules.ruleSet(settings.ruleSet()), false));
    }

    /**
     * Decides a turn with {@code ruleSet} (a candidate version, or the live one) as {@link #decide} would, for the
     * dialogue's reload gate: the same facts from the same message, FAQ search and order look-up, but nothing outside
     * {@code state} changes (no wrong phone digits written, no address changed, no risk pre-check stored, no product
     * cards remembered) and a rule loop or a rule's exception is thrown, not turned into the fallback. The reply
     * language is chosen as the chat does for a message ({@code state}'s language unless the message's is evident).
     * Replies are composed (a decision no reply can word throws) but not returned.
     *
     * @throws io.shopdesk.ruleengine.RuleLoopException when the rules loop
     * @throws RuntimeException                         whatever a rule's consequence or the reply's wording throws
     */
    public Decision replay(CompiledRuleSet ruleSet, Analysis analysis, ConversationState state) {
        return replay(ruleSet, null, analysis, state);
    }

    /**
     * As {@link #replay(CompiledRuleSet, Analysis, ConversationState)}, reading the words of {@code words} (null: the
     * lists in service): the replay that checks an edit of the word lists before it replaces those in service.
     */
    public Decision replay(CompiledRuleSet ruleSet, WordLists words, Analysis analysis, ConversationState state) {
        Language replyLanguage = analysis.languageEvident() ? analysis.language()
                : Language.fromTag(state.getLanguage(), Language.ZH);
        state.setLanguage(replyLanguage.code());
        return decide(null, analysis, replyLanguage, state, new Run(ruleSet, true, words)).decision();
    }

    /**
     * The rule set a turn is decided with; {@code replay}: a gate's replay, which changes nothing outside the state;
     * {@code words}: the word lists it reads (null: those in service).
     */
    private record Run(CompiledRuleSet ruleSet, boolean replay, WordLists words) {
        Run(CompiledRuleSet ruleSet, boolean replay) {
            this(ruleSet, replay, null);
        }
    }

    private DialogueOutcome decide(String conversationId, Analysis analysis, Language replyLanguage,
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
        WordLists lists = run.words() != null ? run.words() : words.lists();
        YesNoAnswers yesNo = lists.answers();
        String answer = yesNo.saysYes(text, code) ? "yes" : yesNo.saysNo(text, code) ? "no" : null;
        Decision decision = dialogueRules.decide(ruleSet, new Decision(), run.replay(), session -> {
            session.insert(new Turn(analysis, code, digitsGiven, whyFollowUp.asksWhy(text), productKind, problem,
                    aboutShownCard, lists.acknowledgements().kindOf(text, code).orElse(null), named, answer));
            session.insert(state);
            session.insert(new KbResult(kb, followUp, id -> knowledge.entry(id, replyLanguage).isPresent()));
            settings.ruleFacts().forEach(session::insert);
            intentAnswers.answers().fact(analysis.intentName(), replyLanguage,
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
        var replies = teamText(decision, replyLanguage)
                ? List.of(teamReply(decision, replyLanguage))
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

    /**
     * Whether the turn's reply is the team's own text for its intent: its answer ({@code intent_reply}), or what the
     * shopper reads as a person takes over ({@code intent_for_agent}) when the team wrote one in this language.
     */
    private boolean teamText(Decision decision, Language language) {
        return "intent_reply".equals(decision.getAction()) || "intent_for_agent".equals(decision.getAction())
                && intentAnswers.answers().reply(decision.getDetail(), language).isPresent();
    }

    /**
     * The team's own text for its intent (the detail is the intent); {@code data.teamText} tells the escalation's
     * hand-off to say it in place of the general {@code handoff.team_intent}.
     */
    private Reply teamReply(Decision decision, Language language) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("rule", decision.getRule());
        data.put("code", decision.getAction());
        data.put("intent", decision.getDetail());
        data.put("teamText", true);
        return new Reply("text", intentAnswers.answers().reply(decision.getDetail(), language).orElseThrow(), data);
    }

    @PreDestroy
    @Override
    public void close() {
        intentAnswers.close();
        replyTexts.close();
        words.close();
        instalmentPlans.close();
    }
}
