package io.shopdesk.chat;

import java.time.Instant;
import java.util.Map;

/** One stored line of a transcript: who said it (shopper, bot, agent), its reply type, text and data. */
public record ChatMessage(String role, String type, String text, Map<String, Object> data, Instant at) {
}
