package io.shopdesk.chat;

import io.shopdesk.nlp.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stored transcript line with what the engine knew about it, for the agent's view: the message and, for a
 * shopper's line, its language, intent, confidence and entities (null for bot, agent and system lines). Immutable.
 */
public record TranscriptLine(long id, String role, String type, String text, Map<String, Object> data, Instant at,
                             String language, String intent, Double confidence, List<Entity> entities) {
}
