package io.shopdesk.chat;

import io.shopdesk.chat.internal.ConversationIds;
import io.shopdesk.chat.internal.ConversationRepository;
import io.shopdesk.chat.internal.IdentityVerifier;
import io.shopdesk.chat.internal.RateLimiter;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ObjectProvider<Handoffs> handoffs;
    private final ApplicationEventPublisher events;
    private final IdentityVerifier identities;

    public ChatService(NlpPipeline nlp, DialogueService dialogue, ConversationRepository conversations,
                       ChatSettings settings, TransactionTemplate transactions, ObjectProvider<Handoffs> handoffs,
                       ApplicationEventPublisher events, java.time.Clock clock) {
        this.identities = new IdentityVerifier(settings.identitySecret(), settings.identityMaxLifetime(), clock);
        this.handoffs = handoffs;
        this.events = events;
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

    /** {@link #handle(String, String, String, String, ShopperIdentity)} for a shopper the shop has not signed in. */
    public TurnResult handle(String conversationId, String text, String locale, String clientKey) {
        return handle(conversationId, text, locale, clientKey, null);
    }

    /**
     * Handles a shopper message. {@code conversationId} null starts a conversation; {@code locale} ("zh", "en-US")
     * is the client's hint for the reply language when the text does not tell. {@code clientKey} identifies the
     * sender for rate limiting when there is no conversation yet. {@code identity}, when not null, signs the shopper
     * in as the shop's customer (see {@link ShopperIdentity}); from then on the conversation is theirs.
     *
     * @throws ChatException for an empty, too long or rate-limited message, an unknown conversation, or an identity
     *                       that is not valid or not the conversation's
     */
    public TurnResult handle(String conversationId, String text, String locale, String clientKey,
                             ShopperIdentity identity) {
        try {
            return decide(conversationId, text, locale, clientKey, identity);
        } catch (ChatException e) {
            // The refusal is said in the language of the refused text ("message too long" to an English essay), else
            // in the client's locale, else in the conversation's language so far.
            throw e.language() != null ? e : e.inLanguage(refusalLanguage(text, locale, conversationId));
        }
    }

    private Language refusalLanguage(String text, String locale, String conversationId) {
        Language shown = evidentLanguage(text);
        if (shown != null) {
            return shown;
        }
        if (locale != null && !locale.isBlank()) {
            return Language.fromTag(locale, null);
        }
        return conversationLanguage(conversationId);
    }

    /** The language a conversation has been answered in, or null when there is no such conversation. */
    private Language conversationLanguage(String conversationId) {
        if (conversationId == null || !ConversationIds.wellFormed(conversationId)) {
            return null;
        }
        return conversations.state(conversationId).map(s -> Language.fromTag(s.getLanguage(), null)).orElse(null);
    }

    private TurnResult decide(String conversationId, String text, String locale, String clientKey,
                              ShopperIdentity identity) {
        validate(text);
        Long customer = identity == null ? null : identities.verify(identity);
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
            signIn(state, customer);
            conversations.create(id, state);
            return turn(id, text, analysis, state);
        }
        return underLock(conversationId, state -> {
            signIn(state, customer);
            return turn(conversationId, text, analysis, state);
        });
    }

    /**
     * Checks that the sender may speak in a conversation and records a signed-in customer. A conversation whose
     * customer the shop signed in belongs to them: a message without that identity (a later visitor of the same
     * browser, say) is refused, since the signed customer's orders need no phone digits here. An anonymous
     * conversation is taken over when its shopper signs in, unless it proved another customer's order.
     */
    private static void signIn(ConversationState state, Long customer) {
        requireOwner(state, customer);
        if (customer != null && !state.isCustomerSigned() && state.getCustomerId() != null
                && !state.getCustomerId().equals(customer)) {
            // An anonymous visitor proved another customer's order here (a shared computer): start afresh.
            throw new ChatException("identity_mismatch",
                    "This conversation is about another customer's order; start a new one", Map.of());
        }
        if (customer != null) {
            state.setCustomerId(customer);
            state.setCustomerSigned(true);
        }
    }

    /** Refuses anyone but the signed-in customer of a conversation that has one ({@code customer} null: nobody). */
    private static void requireOwner(ConversationState state, Long customer) {
        if (state.isCustomerSigned() && !state.getCustomerId().equals(customer)) {
            throw new ChatException("identity_mismatch",
                    "This conversation belongs to another signed-in shopper; start a new one", Map.of());
        }
    }

    /** The analysis alone, for {@code POST /api/nlu/parse}. */
    public AnalysisView parse(String text) {
        validate(text);
        return AnalysisView.of(nlp.analyse(text));
    }

    /**
     * The conversation's messages for the shopper's screen, oldest first. A conversation of a signed-in customer is
     * replayed only to a request carrying that customer's valid identity.
     *
     * @throws ChatException for an unknown conversation, or an identity that is not valid or not the conversation's
     */
    public List<ChatMessage> history(String conversationId, ShopperIdentity identity) {
        authorizeShopper(conversationId, identity);
        return conversations.history(conversationId, settings.historyLimit());
    }

    /**
     * Checks that the sender may act as the conversation's shopper (rate it, read it): holding its id, and, for a
     * conversation of a signed-in customer, that customer's valid identity.
     *
     * @throws ChatException for an unknown conversation, or an identity that is not valid or not the conversation's
     */
    public void authorizeShopper(String conversationId, ShopperIdentity identity) {
        if (!ConversationIds.wellFormed(conversationId)) {
            throw unknown(conversationId);
        }
        ConversationState state = conversations.state(conversationId).orElseThrow(() -> unknown(conversationId));
        requireOwner(state, identity == null ? null : identities.verify(identity));
    }

    /** {@code text} is the message as the shopper typed it, which the transcript keeps (the analysis reads it folded). */
    private TurnResult turn(String conversationId, String text, Analysis analysis, ConversationState state) {
        Language replyLanguage = analysis.languageEvident() ? analysis.language()
                : Language.fromTag(state.getLanguage(), Language.ZH);
        state.setLanguage(replyLanguage.code());
        Handoffs handoff = handoffs.getIfAvailable();
        if (handoff != null && state.isHandedOff()) {
            // A person is in charge: the message goes to the transcript (and the agent); the dialogue does not run.
            Handoffs.Waiting[] waiting = new Handoffs.Waiting[1];
            List<TranscriptLine> lines = transactions.execute(tx -> {
                List<TranscriptLine> added = new ArrayList<>();
                added.add(appendShopper(conversationId, text, analysis));
                waiting[0] = handoff.waiting(conversationId, analysis, state);
                waiting[0].replies().forEach(reply -> added.add(appendBot(conversationId, reply, replyLanguage)));
                conversations.saveState(conversationId, state);
                return added;
            });
            announce(conversationId, lines);
            return new TurnResult(conversationId, waiting[0].replies(), AnalysisView.of(analysis), waiting[0].status());
        }
        DialogueOutcome outcome = dialogue.decide(conversationId, analysis, replyLanguage, state);
        Handoffs.Plan plan = handoff == null ? null : handoff.plan(conversationId, analysis, outcome).orElse(null);
        List<Reply> replies = plan == null ? outcome.replies() : plan.replies();
        Handoffs.Status[] status = new Handoffs.Status[1];
        List<TranscriptLine> lines = transactions.execute(tx -> {
            List<TranscriptLine> added = new ArrayList<>();
            added.add(appendShopper(conversationId, text, analysis));
            for (Reply reply : replies) {
                added.add(appendBot(conversationId, reply, replyLanguage));
            }
            if (plan != null) {
                status[0] = handoff.open(conversationId, plan, outcome.state());
            }
            conversations.saveState(conversationId, outcome.state());
            return added;
        });
        announce(conversationId, lines);
        return new TurnResult(conversationId, replies, AnalysisView.of(analysis), status[0]);
    }

    private TranscriptLine appendShopper(String conversationId, String text, Analysis analysis) {
        return conversations.append(conversationId,
                new ChatMessage("shopper", "text", text, Map.of(), conversations.now()),
                analysis.language().code(), analysis.intentName(),
                analysis.intent() == null ? null : analysis.intent().confidence(), analysis.entities());
    }

    private TranscriptLine appendBot(String conversationId, Reply reply, Language language) {
        return conversations.append(conversationId,
                new ChatMessage("bot", reply.type(), reply.text(), reply.data(), conversations.now()),
                language.code(), null, null, null);
    }

    private void announce(String conversationId, List<TranscriptLine> lines) {
        lines.forEach(line -> events.publishEvent(new TranscriptAppended(conversationId, line)));
    }

    /**
     * Adds a line said by someone other than the shopper and the bot (an agent, or a system notice such as "an agent
     * joined") to the transcript, under the conversation's lock, and announces it.
     *
     * @throws ChatException for an empty or too long text, or an unknown conversation
     */
    public TranscriptLine addLine(String conversationId, String role, String type, String text, Map<String, Object> data) {
        validate(text);
        return underLock(conversationId, state -> {
            TranscriptLine line = conversations.append(conversationId,
                    new ChatMessage(role, type, text, data, conversations.now()), state.getLanguage(), null, null, null);
            announce(conversationId, List.of(line));
            return line;
        });
    }

    /**
     * Changes a conversation's dialogue state under its lock (an agent claims or hands back the conversation), and
     * returns what {@code change} returns.
     */
    public <T> T updateState(String conversationId, java.util.function.Function<ConversationState, T> change) {
        return underLock(conversationId, state -> {
            T result = change.apply(state);
            conversations.saveState(conversationId, state);
            return result;
        });
    }

    /** The conversation's lines with their analysis, oldest first (the last {@code historyLimit}). */
    public List<TranscriptLine> transcript(String conversationId) {
        if (!ConversationIds.wellFormed(conversationId) || conversations.state(conversationId).isEmpty()) {
            throw unknown(conversationId);
        }
        return conversations.transcript(conversationId, settings.historyLimit());
    }

    /** The resolved escalation the shopper of this conversation may still rate, if any. */
    public java.util.Optional<Long> pendingRating(String conversationId) {
        Handoffs handoff = handoffs.getIfAvailable();
        return handoff == null ? java.util.Optional.empty() : handoff.pendingRating(conversationId);
    }

    /** The conversation's current state, for the agent's view. */
    public java.util.Optional<ConversationState> state(String conversationId) {
        return ConversationIds.wellFormed(conversationId) ? conversations.state(conversationId) : java.util.Optional.empty();
    }

    private <T> T underLock(String conversationId, java.util.function.Function<ConversationState, T> work) {
        if (!ConversationIds.wellFormed(conversationId)) {
            throw unknown(conversationId);
        }
        ReentrantLock lock = locks[Math.floorMod(conversationId.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            ConversationState state = conversations.state(conversationId).orElseThrow(() -> unknown(conversationId));
            return work.apply(state);
        } finally {
            lock.unlock();
        }
    }

    private void validate(String text) {
        if (text == null || text.codePoints().allMatch(ChatService::invisible)) {
            throw new ChatException("empty_message", "The message is empty", Map.of());
        }
        int length = text.codePointCount(0, text.length());
        if (length > settings.maxMessageLength()) {
            throw new ChatException("message_too_long", "The message has " + length + " characters; the limit is "
                    + settings.maxMessageLength(), Map.of("limit", settings.maxMessageLength(), "length", length));
        }
    }

    /**
     * Blank, or a character nothing shows: zero-width spaces and joiners, the byte-order mark (Unicode format),
     * variation selectors and other combining marks with nothing to combine with, and the blank "letters" used to
     * post empty messages (Hangul fillers, the blank Braille pattern).
     */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
    }

    /**
     * The language the text itself shows, for a refusal's reply: Chinese for Han characters, English for Latin
     * letters; null when it shows none (digits, emoji). Looks at the first 2,000 characters only (a refused text may
     * be huge).
     */
    static Language evidentLanguage(String text) {
        if (text == null) {
            return null;
        }
        String head = text.length() > 2_000 ? text.substring(0, 2_000) : text;
        if (head.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return Language.ZH;
        }
        return head.codePoints().anyMatch(cp -> cp < 128 && Character.isLetter(cp)) ? Language.EN : null;
    }

    private static ChatException unknown(String conversationId) {
        return new ChatException("unknown_conversation", "No such conversation", Map.of());
    }

    /** The error reply in the conversation's language, for transports to send. */
    public Reply errorReply(ChatException e, String locale) {
        Language language = e.language() != null ? e.language()
                : Language.fromTag(locale, Language.fromTag(settings.defaultLanguage(), Language.ZH));
        Map<String, Object> data = new java.util.LinkedHashMap<>(e.details());
        data.put("code", e.code());
        return new Reply("error", dialogue.texts().text(language, "error." + e.code(), e.details()), data);
    }
}
