package io.shopdesk.chat;

import io.shopdesk.chat.internal.AttachmentRepository;
import io.shopdesk.chat.internal.AttachmentTurns;
import io.shopdesk.chat.internal.ConversationCustomers;
import io.shopdesk.chat.internal.ConversationIds;
import io.shopdesk.chat.internal.ConversationOwnership;
import io.shopdesk.chat.internal.ConversationRepository;
import io.shopdesk.chat.internal.ConversationStates;
import io.shopdesk.chat.internal.IdentityVerifier;
import io.shopdesk.chat.internal.MessageValidator;
import io.shopdesk.chat.internal.RateLimiter;
import io.shopdesk.chat.internal.RefusalLanguage;
import io.shopdesk.chat.internal.ShopperTurns;
import io.shopdesk.chat.internal.TakeoverReports;
import io.shopdesk.chat.internal.TranscriptWriter;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpPipeline;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One shopper turn, whatever the transport: check the message ({@link MessageValidator}, the rate, the sender's
 * {@link ConversationOwnership}), analyse it, let the dialogue rules decide, store the message and the replies
 * ({@link ShopperTurns}), record the customer the turn identified on the conversation ({@link ConversationCustomers}),
 * return them. Turns of one conversation run one at a time (striped locks,
 * {@link ConversationStates}); different conversations run in parallel. Thread-safe.
 */
@Service
@EnableConfigurationProperties(ChatSettings.class)
public class ChatService {
    private final NlpPipeline nlp;
    private final DialogueService dialogue;
    private final ConversationRepository conversations;
    private final ConversationStates states;
    private final ChatSettings settings;
    private final MessageValidator messages;
    private final RateLimiter rateLimiter;
    private final ConversationOwnership ownership;
    private final RefusalLanguage refusalLanguage;
    private final TranscriptWriter transcripts;
    private final ObjectProvider<Handoffs> handoffs;
    private final ShopperTurns turns;
    private final AttachmentRepository attachments;
    private final AttachmentTurns attachmentTurns;
    private final ConversationCustomers customers;

    public ChatService(NlpPipeline nlp, DialogueService dialogue, ConversationRepository conversations,
                       AttachmentRepository attachments, ChatSettings settings, TransactionTemplate transactions,
                       ObjectProvider<Handoffs> handoffs, ApplicationEventPublisher events, Clock clock,
                       TakeoverReports takeovers) {
        this.ownership = new ConversationOwnership(
                new IdentityVerifier(settings.identitySecret(), settings.identityMaxLifetime(), clock));
        this.handoffs = handoffs;
        this.nlp = nlp;
        this.dialogue = dialogue;
        this.conversations = conversations;
        this.states = new ConversationStates(conversations);
        this.settings = settings;
        this.messages = new MessageValidator(settings.maxMessageLength());
        this.rateLimiter = new RateLimiter(settings.burst(), settings.perSecond());
        this.refusalLanguage = new RefusalLanguage(states);
        this.transcripts = new TranscriptWriter(conversations, events);
        this.turns = new ShopperTurns(dialogue, handoffs, transactions, conversations, transcripts, takeovers);
        this.attachments = attachments;
        this.attachmentTurns = new AttachmentTurns(attachments, settings.attachments(), dialogue, handoffs, transactions,
                conversations, transcripts);
        this.customers = new ConversationCustomers(conversations, events);
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
            throw e.language() != null ? e : e.inLanguage(refusalLanguage.of(text, locale, conversationId));
        }
    }

    private TurnResult decide(String conversationId, String text, String locale, String clientKey,
                              ShopperIdentity identity) {
        messages.validate(text);
        Long customer = ownership.customer(identity);
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
            ownership.signIn(state, customer);
            conversations.create(id, state);
            TurnResult result = turns.take(id, text, analysis, state);
            customers.afterTurn(id, null, state);
            return result;
        }
        return states.underLock(conversationId, state -> {
            Long before = state.getCustomerId();
            ownership.signIn(state, customer);
            TurnResult result = turns.take(conversationId, text, analysis, state);
            customers.afterTurn(conversationId, before, state);
            return result;
        });
    }

    /**
     * A file the shopper sends in their conversation (a photo of a damaged parcel, a receipt): checked by its bytes,
     * stored with a transcript line and answered like a message (rate-limited with the messages, refused to anyone but
     * the conversation's shopper), but never run through the language pipeline. {@code originalName} is the file's
     * name on the shopper's device (sanitised before it is kept); {@code locale} the client's language, for a refusal.
     *
     * @throws ChatException for a missing, too large or unsupported file, one too many, an unknown conversation, or
     *                       an identity that is not valid or not the conversation's
     */
    public AttachmentResult attach(String conversationId, String originalName, byte[] content, String locale,
                                   ShopperIdentity identity) {
        try {
            Long customer = ownership.customer(identity);
            // Someone else's conversation is refused before anything about the file is said (checked again under
            // the lock, where the shopper may also sign in).
            ownership.requireOwner(states.require(conversationId), customer);
            String contentType = attachmentTurns.check(content);
            if (!rateLimiter.tryAcquire("c:" + conversationId)) {
                throw new ChatException("rate_limited", "Too many messages; wait a moment",
                        Map.of("burst", settings.burst(), "perSecond", settings.perSecond()));
            }
            return states.underLock(conversationId, state -> {
                Long before = state.getCustomerId();
                ownership.signIn(state, customer);
                AttachmentResult result = attachmentTurns.take(conversationId, originalName, content, contentType, state);
                customers.afterTurn(conversationId, before, state);
                return result;
            });
        } catch (ChatException e) {
            throw e.language() != null ? e : e.inLanguage(refusalLanguage.of("", locale, conversationId));
        }
    }

    /**
     * An attachment of the conversation with its bytes. {@code agent}: the caller is a logged-in agent or supervisor,
     * who may read any conversation's files; anyone else must be allowed to read the conversation
     * ({@link #authorizeShopper}).
     *
     * @throws ChatException {@code unknown_attachment} when the conversation has no such file, or the refusals of
     *                       {@link #authorizeShopper}
     */
    public AttachmentFile attachment(String conversationId, long attachmentId, ShopperIdentity identity, boolean agent) {
        if (agent) {
            states.require(conversationId);
        } else {
            authorizeShopper(conversationId, identity);
        }
        return attachments.find(conversationId, attachmentId).orElseThrow(() ->
                new ChatException("unknown_attachment", "This conversation has no such attachment", Map.of()));
    }

    /** The analysis alone, for {@code POST /api/nlu/parse}. */
    public AnalysisView parse(String text) {
        messages.validate(text);
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
        ConversationState state = states.require(conversationId);
        ownership.requireOwner(state, ownership.customer(identity));
    }

    /**
     * Adds a line said by someone other than the shopper and the bot (an agent, or a system notice such as "an agent
     * joined") to the transcript, under the conversation's lock, and announces it.
     *
     * @throws ChatException for an empty or too long text, or an unknown conversation
     */
    public TranscriptLine addLine(String conversationId, String role, String type, String text, Map<String, Object> data) {
        messages.validate(text);
        return states.underLock(conversationId, state -> {
            TranscriptLine line = transcripts.other(conversationId, role, type, text, data, state.getLanguage());
            transcripts.announce(conversationId, List.of(line));
            return line;
        });
    }

    /**
     * Changes a conversation's dialogue state under its lock (an agent claims or hands back the conversation), and
     * returns what {@code change} returns.
     */
    public <T> T updateState(String conversationId, Function<ConversationState, T> change) {
        return states.underLock(conversationId, state -> {
            T result = change.apply(state);
            conversations.saveState(conversationId, state);
            return result;
        });
    }

    /**
     * The agent holding the conversation proved the shopper by an order and its phone's last 4 digits, which the shopper
     * told them: while a person has the chat the dialogue does not run, so the chat's own check never sees them. The
     * state gets the order and the digits (the bot, back in charge, knows the order as verified) and, unless the chat
     * already knew a customer (signed in, or an order proved before), the order's customer, recorded on the
     * conversation and announced ({@link ConversationIdentified}) as the chat's own verification would be. The caller
     * checked the digits against the order.
     */
    public void identifyByOrder(String conversationId, long customerId, String orderId, String phoneLast4) {
        updateState(conversationId, state -> {
            Long before = state.getCustomerId();
            state.setOrderId(orderId);
            state.setPhoneLast4(phoneLast4);
            if (before == null) {
                state.setCustomerId(customerId);
            }
            customers.afterTurn(conversationId, before, state);
            return null;
        });
    }

    /** The conversation's lines with their analysis, oldest first (the last {@code historyLimit}). */
    public List<TranscriptLine> transcript(String conversationId) {
        states.require(conversationId);
        return conversations.transcript(conversationId, settings.historyLimit());
    }

    /** The resolved escalation the shopper of this conversation may still rate, if any. */
    public Optional<Long> pendingRating(String conversationId) {
        Handoffs handoff = handoffs.getIfAvailable();
        return handoff == null ? Optional.empty() : handoff.pendingRating(conversationId);
    }

    /** The conversation's current state, for the agent's view. */
    public Optional<ConversationState> state(String conversationId) {
        return states.find(conversationId);
    }

    /** The error reply in the conversation's language, for transports to send. */
    public Reply errorReply(ChatException e, String locale) {
        Language language = e.language() != null ? e.language()
                : Language.fromTag(locale, Language.fromTag(settings.defaultLanguage(), Language.ZH));
        Map<String, Object> data = new LinkedHashMap<>(e.details());
        data.put("code", e.code());
        return new Reply("error", dialogue.texts().text(language, "error." + e.code(), e.details()), data);
    }
}
