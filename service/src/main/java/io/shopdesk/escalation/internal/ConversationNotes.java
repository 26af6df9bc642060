package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ChatService;
import io.shopdesk.escalation.Agent;
import io.shopdesk.escalation.EscalationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Agents' private notes on a conversation handed to a person: any agent or supervisor may add one, while its
 * escalation is open or after it closed (notes outlast it). A note is stored apart from the transcript and pushed
 * only on the agents' topic of the conversation, never to the shopper's sockets nor into their history. Thread-safe.
 */
@Component
class ConversationNotes {
    static final int MAX_LENGTH = 2000;

    private final NoteRepository notes;
    private final EscalationRepository escalations;
    private final ChatService chat;
    private final AgentNotifier agents;
    private final Clock clock;

    ConversationNotes(NoteRepository notes, EscalationRepository escalations, ChatService chat, AgentNotifier agents,
                      Clock clock) {
        this.notes = notes;
        this.escalations = escalations;
        this.chat = chat;
        this.agents = agents;
        this.clock = clock;
    }

    /** Stores {@code text} as {@code agent}'s note and shows it to the agents following the conversation. */
    Map<String, Object> add(String conversationId, Agent agent, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new EscalationException(400, "empty_note", "The note is empty");
        }
        if (note.length() > MAX_LENGTH) {
            throw new EscalationException(400, "note_too_long", "The note has " + note.length()
                    + " characters; the limit is " + MAX_LENGTH);
        }
        if (chat.state(conversationId).isEmpty()) {
            throw new EscalationException(404, "unknown_conversation", "No such conversation");
        }
        if (escalations.ofConversation(conversationId).isEmpty()) {
            throw new EscalationException(409, "not_escalated",
                    "Notes are for conversations handed to a person; this one never was");
        }
        Map<String, Object> line = notes.insert(conversationId, agent.username(), note, clock.instant()).asLine();
        agents.noteAdded(conversationId, line);
        return line;
    }

    /** The conversation's notes as transcript lines, oldest first. */
    List<Map<String, Object>> of(String conversationId) {
        return notes.of(conversationId).stream().map(ConversationNote::asLine).toList();
    }
}
