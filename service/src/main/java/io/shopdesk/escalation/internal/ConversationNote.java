package io.shopdesk.escalation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An agent's private note on a conversation: who wrote it ({@code author}, the login, and their name), and when. Immutable. */
record ConversationNote(long id, String conversationId, String author, String authorName, String text, Instant at) {

    /**
     * The note as a line of the agents' transcript: {@code role} and {@code type} {@code note}, the author in
     * {@code data} as an agent line has it, so the console lists notes among the messages.
     */
    Map<String, Object> asLine() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("role", "note");
        line.put("type", "note");
        line.put("text", text);
        line.put("data", Map.of("agent", authorName, "username", author));
        line.put("at", at);
        return line;
    }
}
