package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatMessage;
import io.shopdesk.chat.TranscriptAppended;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Adds the lines of a turn to the conversation's transcript, each with what the shopper's analysis found (language,
 * intent, confidence, entities) or the language the bot answered in, and announces them
 * ({@link TranscriptAppended}) once stored, so that agents watching the conversation see them live. Thread-safe; the
 * caller holds the conversation's lock and runs the appends of a turn in one transaction, announcing after it.
 */
public final class TranscriptWriter {
    private final ConversationRepository conversations;
    private final ApplicationEventPublisher events;

    public TranscriptWriter(ConversationRepository conversations, ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.events = events;
    }

    /** {@code text} is the message as the shopper typed it, which the transcript keeps (the analysis reads it folded). */
    public TranscriptLine shopper(String conversationId, String text, Analysis analysis) {
        return conversations.append(conversationId,
                new ChatMessage("shopper", "text", text, Map.of(), conversations.now()),
                analysis.language().code(), analysis.intentName(),
                analysis.intent() == null ? null : analysis.intent().confidence(), analysis.entities());
    }

    public TranscriptLine bot(String conversationId, Reply reply, Language language) {
        return conversations.append(conversationId,
                new ChatMessage("bot", reply.type(), reply.text(), reply.data(), conversations.now()),
                language.code(), null, null, null);
    }

    /** A line said by someone other than the shopper and the bot (an agent, a system notice); {@code language}: a code. */
    public TranscriptLine other(String conversationId, String role, String type, String text, Map<String, Object> data,
                                String language) {
        return conversations.append(conversationId, new ChatMessage(role, type, text, data, conversations.now()),
                language, null, null, null);
    }

    public void announce(String conversationId, List<TranscriptLine> lines) {
        lines.forEach(line -> events.publishEvent(new TranscriptAppended(conversationId, line)));
    }
}
