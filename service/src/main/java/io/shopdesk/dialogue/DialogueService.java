package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderAddressChanges;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.internal.AcceptedWordLists;
import io.shopdesk.dialogue.internal.AttachmentReply;
import io.shopdesk.dialogue.internal.ReplayAnalyses;
import io.shopdesk.dialogue.internal.RepliesInService;
import io.shopdesk.dialogue.internal.TeamIntentReplies;
import io.shopdesk.dialogue.internal.WordLists;
import io.shopdesk.dialogue.internal.WordListsInService;
import io.shopdesk.dialogue.internal.WordListsReplay;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.IntentCoverage;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.recommendation.RecommendationService;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleVersionStore;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The dialogue's face: decides one turn ({@link TurnDecider}: the facts the rules need, the rules' decision, the
 * replies, the state), replays one for the reload gates ({@link #replay}), answers a file the shopper sent
 * ({@link AttachmentReply}), and gives the other features what they read of the dialogue's data: the reply texts
 * ({@link RepliesInService}, checked before they replace those in service), the word lists (acknowledgements, yes and
 * no, words about the wait for a person: {@link WordListsInService}, replaced only when the recorded decisions replay
 * with them, {@link WordListsReplay}) and a team's answers for its own intents ({@link TeamIntentReplies}). Each of
 * those is read from beside the rule set and again when it changes.
 *
 * <p>Thread-safe: it keeps no per-turn state; what it reads between turns (the live rule set, the reply texts, the
 * word lists, the instalment plans) is immutable and swapped whole by its holder, so a turn never sees a half-read
 * file (the reply texts are read once per decision). The caller serialises turns of one conversation, whose
 * {@link ConversationState} it passes in and gets back updated; turns of different conversations run concurrently.
 */
@Service
@EnableConfigurationProperties(DialogueSettings.class)
public class DialogueService implements AutoCloseable, SmartInitializingSingleton, IntentCoverage {
    /** The fallback detail of a turn whose rules failed (looped): reply {@code fallback.rule_error}. */
    public static final String RULE_ERROR = "rule_error";
    private final RuleEngine rules;
    private final KnowledgeBase knowledge;
    private final DialogueSettings settings;
    private final RepliesInService replyTexts;
    private final WordListsInService words;
    private final TeamIntentReplies teamReplies;
    private final TurnDecider turns;
    private final ObjectProvider<RecommendationService> recommendations;

    public DialogueService(RuleEngine rules, KnowledgeBase knowledge, OrderRepository orders, DialogueSettings settings,
                           ObjectProvider<RiskService> risk, ObjectProvider<RecommendationService> recommendations,
                           JdbcClient jdbc, Clock clock, NlpPipeline nlp, OrderAddressChanges addresses,
                           ReplayAnalyses replayAnalyses, RuleVersionStore history,
                           @Value("${shopdesk.dialogue.record-decisions:}") String recordDecisions) {
        this.rules = rules;
        this.knowledge = knowledge;
        this.settings = settings;
        this.recommendations = recommendations;
        Path rulesFolder = rules.folder(settings.ruleSet());
        // Texts that would show a shopper a key or a placeholder are logged with file and line, and those in service stay.
        this.replyTexts = new RepliesInService(rulesFolder.resolve("replies"));
        // A list that no longer reads (a bad line), or that would decide a recorded message otherwise than recorded and
        // than the lists in service do, is logged with its file and line, and the lists in service stay. Lists edited
        // while the service was down wait behind those accepted last for the start-up replay (not while the service
        // only records the decisions: they are recorded with the lists on disk).
        this.words = new WordListsInService(rulesFolder.resolve("words"),
                new WordListsReplay(this, rules, settings.ruleSet(), replayAnalyses), rulesFolder.resolve("gate"),
                new AcceptedWordLists(history, settings.ruleSet(), clock),
                settings.replayAtStartUp() && recordDecisions.isBlank());
        // A team's answers for its own intents (an FAQ entry, a text, a person), read by the generic AnswerTeamIntent.
        this.teamReplies = new TeamIntentReplies(rules, rulesFolder, knowledge);
        this.turns = new TurnDecider(knowledge, orders, settings, risk, recommendations, jdbc, clock, nlp, addresses,
                replyTexts, words::lists, teamReplies);
    }

    /**
     * The intents nothing answers: not in {@code intent-answers.yml}, named by no rule, not searched by FAQ topic
     * (the release job warns about them).
     */
    @Override
    public List<String> unanswered(Collection<String> labels) {
        return teamReplies.unanswered(labels);
    }

    /** Of intents nothing answers, with their examples, those the FAQ search answers anyway (by their examples). */
    @Override
    public List<SearchAnswer> answeredBySearch(java.util.Map<String, List<String>> examples) {
        return teamReplies.answeredBySearch(examples);
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

    /**
     * Why the last edit of the word lists was refused, one line each ({@code file:line: reason}), or that those on disk
     * wait for their check at start-up; empty once one passed.
     */
    public List<String> wordListProblems() {
        return words.lastProblems();
    }

    /**
     * {@link #wordListProblems()} by file and line, as the dialogue rule set's status reports them beside a refused
     * edit of its rule files ({@code /actuator/health}).
     */
    public List<RuleProblem> wordListRuleProblems() {
        return words.ruleProblems();
    }

    /**
     * Checks the word lists on disk that were not those accepted last at start-up, once the service is ready (the
     * start-up replay calls it after the rules'): passing, they replace the accepted ones that served meanwhile;
     * refused, those keep serving and {@link #wordListProblems()} says why. Returns whether the lists on disk serve.
     */
    public boolean checkWordListsDeferred() {
        return words.checkDeferred();
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
        Decision decision = turns.rules().decide(rules.ruleSet(settings.ruleSet()), new Decision(), false, session -> {
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
        return turns.decide(conversationId, analysis, replyLanguage, state,
                new TurnDecider.Run(rules.ruleSet(settings.ruleSet()), false));
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
        return replay(ruleSet, words, analysis, state, null);
    }

    /**
     * As {@link #replay(CompiledRuleSet, WordLists, Analysis, ConversationState)} in the replayed conversation
     * {@code conversationId} (null: none), which sees the product cards {@link #replayShownCards} showed it.
     */
    public Decision replay(CompiledRuleSet ruleSet, WordLists words, Analysis analysis, ConversationState state,
                           String conversationId) {
        Language replyLanguage = analysis.languageEvident() ? analysis.language()
                : Language.fromTag(state.getLanguage(), Language.ZH);
        state.setLanguage(replyLanguage.code());
        return turns.decide(conversationId, analysis, replyLanguage, state, new TurnDecider.Run(ruleSet, true, words))
                .decision();
    }

    /**
     * After a replayed message, the product cards its recorded reply showed ({@code skus}, in order), left for the next
     * message as the chat's products reply leaves them, which a replay does not ask for: a new set of cards, or, after
     * a question about the cards shown ({@code decision} {@code shown_card}), the card it was about. Only the replayed
     * conversation {@code conversationId}, which no chat has, sees them. Nothing without the recommendation feature.
     */
    public void replayShownCards(String conversationId, Decision decision, List<String> skus) {
        RecommendationService shop = recommendations.getIfAvailable();
        if (shop != null) {
            shop.replayShown(conversationId, skus, "shown_card".equals(decision.getAction()));
        }
    }

    @PreDestroy
    @Override
    public void close() {
        teamReplies.close();
        replyTexts.close();
        words.close();
        turns.close();
    }
}
