package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.ShopperNeed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the shopper of a conversation needs ({@link ShopperNeed}) from their latest lines. A line tells the
 * problem unless it only asks for a person, greets, thanks or says goodbye, is out of the bot's scope (a line the
 * model could not place: "hello??", "asdfgh"), is a file, or only gives an order and its phone digits (the bot asked
 * for them): those are what the shopper wrote after asking for a person, and what the queue showed instead of the
 * problem. The order is the latest order number among the lines read. One indexed read of the last
 * {@value #LINES} shopper lines ({@code conversation_messages_conversation_idx}). Thread-safe (stateless).
 */
@Component
public class ShopperNeeds {
    static final int LINES = 20;
    private static final int MAX_TEXT = 300;
    /** Intents that say nothing of the shopper's problem. */
    static final Set<String> NOT_A_PROBLEM = Set.of("human_agent", "greeting", "thanks", "goodbye", "oos");
    private static final TypeReference<List<Map<String, Object>>> ENTITIES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ShopperNeeds(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A shopper's stored line, as this reads it. */
    record Line(String type, String text, String intent, String entities, Instant at) {
    }

    /** What the conversation's shopper needs, or null when their lines tell nothing of it. */
    public ShopperNeed of(String conversationId) {
        List<Line> newestFirst = jdbc.sql("""
                        SELECT type, text, intent, entities, created_at FROM conversation_messages
                        WHERE conversation_id = :cid AND role = 'shopper' ORDER BY id DESC LIMIT :n""")
                .param("cid", conversationId).param("n", LINES)
                .query((rs, i) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        return from(newestFirst);
    }

    /** The need told by {@code newestFirst} (a conversation's shopper lines, the latest first); null when none. */
    ShopperNeed from(List<Line> newestFirst) {
        String orderId = null;
        Line problem = null;
        for (Line line : newestFirst) {
            List<Map<String, Object>> entities = entities(line);
            if (orderId == null) {
                orderId = entities.stream().filter(e -> "order_id".equals(e.get("type")))
                        .map(e -> String.valueOf(e.get("value") != null ? e.get("value") : e.get("text")))
                        .map(v -> v.toUpperCase(Locale.ROOT)).findFirst().orElse(null);
            }
            if (problem == null && tellsProblem(line, entities)) {
                problem = line;
            }
            if (problem != null && orderId != null) {
                break;
            }
        }
        if (problem == null && orderId == null) {
            return null;
        }
        String text = problem == null ? null : problem.text().strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
        return new ShopperNeed(problem == null ? null : problem.intent(), orderId, text,
                problem == null ? null : problem.at());
    }

    private static boolean tellsProblem(Line line, List<Map<String, Object>> entities) {
        if (!"text".equals(line.type()) || line.text() == null || line.text().isBlank()) {
            return false;
        }
        if (line.intent() == null || NOT_A_PROBLEM.contains(line.intent())) {
            return false;
        }
        // "SD10000001 5678": the order and digits the bot asked for, whatever intent the model gave them.
        return !onlyOrderAndDigits(line.text(), entities.stream()
                .filter(e -> "order_id".equals(e.get("type")) || "phone_last4".equals(e.get("type")))
                .map(e -> e.get("text")).filter(String.class::isInstance).map(String.class::cast).toList());
    }

    /**
     * Whether {@code text} says nothing but the order numbers and phone digits in it ({@code orderAndDigits}, the
     * entities' own text) and the words around them ("order", "my phone ends in", 订单号, 手机尾号…): the answer to the
     * bot's question, not what the shopper needs. The intent model may place such a line (SD10000002 alone reads as
     * order_status), so the intent cannot tell it.
     */
    static boolean onlyOrderAndDigits(String text, List<String> orderAndDigits) {
        if (text == null || orderAndDigits.isEmpty()) {
            return false;
        }
        String rest = text;
        for (String s : orderAndDigits) {
            rest = rest.replace(s, " ");
        }
        return rest.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]|(?i)\\b(order|phone|my|is|it'?s|the|and|number|ends?|in|with|last|digits?)\\b|订单号?|手机号?|尾号|号码|后四位|是", "")
                .isEmpty();
    }

    private List<Map<String, Object>> entities(Line line) {
        if (line.entities() == null || line.entities().isBlank()) {
            return List.of();
        }
        try {
            List<Map<String, Object>> list = json.readValue(line.entities(), ENTITIES);
            return list == null ? List.of() : list;
        } catch (JacksonException e) {
            return List.of();
        }
    }
}
