package io.shopdesk.chat;

import io.shopdesk.chat.internal.ConversationIds;
import io.shopdesk.chat.internal.ConversationRepository;
import io.shopdesk.chat.internal.RateLimiter;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One shopper turn, whatever the transport: check the message, analyse it, let the dialogue rules decide, store the
 * message and the replies, return them. Turns of one conversation run one at a time (striped locks); different
 * conversations run in parallel. Thread-safe.
 */
@Service
@EnableConfigurationProperties(ChatSettings.class)
public class ChatService {
    private static final int LOCK_STRIPES = 256;

    private final NlpPipeline nlp;
    private final DialogueService dialogue;
    private final ConversationRepository conversations;
    private final ChatSettings settings;
    private final TransactionTemplate transactions;
    private final RateLimiter rateLimiter;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    public ChatService(NlpPipeline nlp, DialogueService dialogue, ConversationRepository conversations,
                       ChatSettings settings, TransactionTemplate transactions) {
        this.nlp = nlp;
        this.dialogue = dialogue;
        this.conversations = conversations;
        this.settings = settings;
        this.transactions = transactions;
        this.rateLimiter = new RateLimiter(settings.burst(), settings.perSecond());
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Handles a shopper message. {@code conversationId} null starts a conversation; {@code locale} ("zh", "en-US")
     * is the client's hint for the reply language when the text does not tell. {@code clientKey} identifies the
     * sender for rate limiting when there is no conversation yet.
     *
     * @throws ChatException for an empty, too long or rate-limited message, or an unknown conversation
     */
    public TurnResult handle(String conversationId, String text, String locale, String clientKey) {
        validate(text);
        String rateKey = conversationId != null ? "c:" + conversationId : "k:" + clientKey;
        if (!rateLimiter.tryAcquire(rateKey)) {
            throw new ChatException("rate_limited", "Too many messages; wait a moment",
                    Map.of("burst", settings.burst(), "perSecond", settings.perSecond()));
        }
        Analysis analysis = nlp.analyse(text);
        if (conversationId == null) {
            String id = ConversationIds.next();
            ConversationState state = new ConversationState();
            state.setLanguage(Language.fromTag(locale, Language.fromTag(settings.defaultLanguage(), Language.ZH)).code());
            conversations.create(id, state);
            return turn(id, analysis, state);
        }
        if (!ConversationIds.wellFormed(conversationId)) {
            throw unknown(conversationId);
        }
        ReentrantLock lock = locks[Math.floorMod(conversationId.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            ConversationState state = conversations.state(conversationId).orElseThrow(() -> unknown(conversationId));
            return turn(conversationId, analysis, state);
        } finally {
            lock.unlock();
        }
    }

    /** The analysis alone, for {@code POST /api/nlu/parse}. */
    public AnalysisView parse(String text) {
        validate(text);
        return AnalysisView.of(nlp.analyse(text));
    }

    public List<ChatMessage> history(String conversationId) {
        if (!ConversationIds.wellFormed(conversationId) || conversations.state(conversationId).isEmpty()) {
            throw unknown(conversationId);
        }
        return conversations.history(conversationId, settings.historyLimit());
    }

    private TurnResult turn(String conversationId, Analysis analysis, ConversationState state) {
        Language replyLanguage = analysis.languageEvident() ? analysis.language()
                : Language.fromTag(state.getLanguage(), Language.ZH);
        state.setLanguage(replyLanguage.code());
        DialogueOutcome outcome = dialogue.decide(conversationId, analysis, replyLanguage, state);
        transactions.executeWithoutResult(tx -> {
            conversations.append(conversationId,
                    new ChatMessage("shopper", "text", analysis.text(), Map.of(), conversations.now()),
                    analysis.language().code(), analysis.intentName(),
                    analysis.intent() == null ? null : analysis.intent().confidence(), analysis.entities());
            for (Reply reply : outcome.replies()) {
                conversations.append(conversationId,
                        new ChatMessage("bot", reply.type(), reply.text(), reply.data(), conversations.now()),
                        replyLanguage.code(), null, null, null);
            }
            conversations.saveState(conversationId, outcome.state());
        });
        return new TurnResult(conversationId, outcome.replies(), AnalysisView.of(analysis));
    }

    private void validate(String text) {
        if (text == null || text.isBlank()) {
            throw new ChatException("empty_message", "The message is empty", Map.of());
        }
        int length = text.codePointCount(0, text.length());
        if (length > settings.maxMessageLength()) {
            throw new ChatException("message_too_long", "The message has " + length + " characters; the limit is "
                    + settings.maxMessageLength(), Map.of("limit", settings.maxMessageLength(), "length", length));
        }
    }

    private static ChatException unknown(String conversationId) {
        return new ChatException("unknown_conversation", "No such conversation", Map.of());
    }

    /** The error reply in the conversation's language, for transports to send. */
    public Reply errorReply(ChatException e, String locale) {
        Language language = Language.fromTag(locale, Language.fromTag(settings.defaultLanguage(), Language.ZH));
        Map<String, Object> data = new java.util.LinkedHashMap<>(e.details());
        data.put("code", e.code());
        return new Reply("error", dialogue.texts().text(language, "error." + e.code(), e.details()), data);
    }
}
