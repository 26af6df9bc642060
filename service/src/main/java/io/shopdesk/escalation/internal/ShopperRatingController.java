package io.shopdesk.escalation.internal;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperIdentity;
import io.shopdesk.escalation.AgentDesk;
import io.shopdesk.escalation.EscalationException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final ChatService chat;
    private final SimpMessagingTemplate messaging;
    private final JsonMapper json;

    ShopperRatingController(AgentDesk desk, ChatService chat, SimpMessagingTemplate messaging, JsonMapper json) {
        this.desk = desk;
        this.chat = chat;
        this.messaging = messaging;
        this.json = json;
    }

    /** {@code identity}: the signed-in customer's, needed when the conversation has one (see ChatService). */
    record Rating(String conversationId, Integer score, String comment, ShopperIdentity identity) {
    }

    @PostMapping("/api/chat/conversations/{cid}/rating")
    @ResponseBody
    Map<String, Object> rate(@PathVariable String cid, @RequestBody Rating rating) {
        chat.authorizeShopper(cid, rating.identity());
        desk.rate(cid, rating.score() == null ? 0 : rating.score(), rating.comment());
        return Map.of("conversationId", cid, "score", rating.score());
    }

    @ExceptionHandler(ChatException.class)
    ResponseEntity<Map<String, Object>> refused(ChatException e) {
        return ResponseEntity.status(e.httpStatus()).body(Map.of("code", e.code(), "message", e.getMessage()));
    }

    @MessageMapping("/chat/rating")
    void rate(Message<byte[]> frame, Principal user) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            Rating rating = json.readValue(frame.getPayload(), Rating.class);
            body.put("conversationId", rating.conversationId());
            chat.authorizeShopper(rating.conversationId(), rating.identity());
            desk.rate(rating.conversationId(), rating.score() == null ? 0 : rating.score(), rating.comment());
            body.put("kind", "rating_saved");
            body.put("score", rating.score());
        } catch (JacksonException e) {
            body.put("kind", "error");
            body.put("code", "invalid_json");
            body.put("message", "Expected {\"conversationId\", \"score\"}, got: "
                    + new String(frame.getPayload(), StandardCharsets.UTF_8));
        } catch (ChatException e) {
            body.put("kind", "error");
            body.put("code", e.code());
            body.put("message", e.getMessage());
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
