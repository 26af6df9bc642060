package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.AgentDesk;
import io.shopdesk.escalation.EscalationException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shopper's side of escalations: the 1-5 rating after an agent resolved the conversation, over STOMP
 * ({@code /app/chat/rating}, answered on {@code /user/queue/chat}) or REST. Holding the conversation id is the
 * shopper's proof, as for the chat itself.
 */
@Controller
class ShopperRatingController {
    private final AgentDesk desk;
    private final SimpMessagingTemplate messaging;
    private final JsonMapper json;

    ShopperRatingController(AgentDesk desk, SimpMessagingTemplate messaging, JsonMapper json) {
        this.desk = desk;
        this.messaging = messaging;
        this.json = json;
    }

    record Rating(String conversationId, Integer score, String comment) {
    }

    @PostMapping("/api/chat/conversations/{cid}/rating")
    @ResponseBody
    Map<String, Object> rate(@PathVariable String cid, @RequestBody Rating rating) {
        desk.rate(cid, rating.score() == null ? 0 : rating.score(), rating.comment());
        return Map.of("conversationId", cid, "score", rating.score());
    }

    @MessageMapping("/chat/rating")
    void rate(Message<byte[]> frame, Principal user) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            Rating rating = json.readValue(frame.getPayload(), Rating.class);
            body.put("conversationId", rating.conversationId());
            desk.rate(rating.conversationId(), rating.score() == null ? 0 : rating.score(), rating.comment());
            body.put("kind", "rating_saved");
            body.put("score", rating.score());
        } catch (JacksonException e) {
            body.put("kind", "error");
            body.put("code", "invalid_json");
            body.put("message", "Expected {\"conversationId\", \"score\"}, got: "
                    + new String(frame.getPayload(), StandardCharsets.UTF_8));
        } catch (EscalationException e) {
            body.put("kind", "error");
            body.put("code", e.code());
            body.put("message", e.getMessage());
        }
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create();
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        messaging.send("/user/" + user.getName() + "/queue/chat",
                MessageBuilder.createMessage(json.writeValueAsBytes(body), headers.getMessageHeaders()));
    }
}
