package io.shopdesk.chat.internal;

import io.shopdesk.chat.AnalysisView;
import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatMessage;
import io.shopdesk.chat.ChatRequest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.TurnResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The chat turn over HTTP, for integrations and load tests; the same {@link ChatService} as the WebSocket. */
@RestController
class ChatRestController {
    private final ChatService chat;

    ChatRestController(ChatService chat) {
        this.chat = chat;
    }

    @PostMapping("/api/chat/messages")
    TurnResult message(@RequestBody ChatRequest request, HttpServletRequest http) {
        return chat.handle(request.conversationId(), request.text(), request.locale(), http.getRemoteAddr(),
                request.identity());
    }

    @PostMapping("/api/nlu/parse")
    AnalysisView parse(@RequestBody ChatRequest request) {
        return chat.parse(request.text());
    }

    record History(String conversationId, List<ChatMessage> messages) {
    }

    /**
     * A signed-in customer's conversation needs their identity, sent as headers ({@code X-ShopDesk-Customer},
     * {@code X-ShopDesk-Expires}, {@code X-ShopDesk-Signature}) since a GET has no body.
     */
    @GetMapping("/api/chat/conversations/{id}/messages")
    History history(@PathVariable String id,
                    @RequestHeader(name = IdentityHeaders.CUSTOMER, required = false) String customer,
                    @RequestHeader(name = IdentityHeaders.EXPIRES, required = false) String expires,
                    @RequestHeader(name = IdentityHeaders.SIGNATURE, required = false) String signature) {
        return new History(id, chat.history(id, IdentityHeaders.of(customer, expires, signature)));
    }

    record ErrorBody(String conversationId, List<io.shopdesk.dialogue.Reply> replies, Map<String, Object> error) {
    }

    @ExceptionHandler(ChatException.class)
    ResponseEntity<ErrorBody> chatError(ChatException e, HttpServletRequest http) {
        return ChatErrors.body(chat, e, http);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e, HttpServletRequest http) {
        return chatError(new ChatException("invalid_json", "The body is not the expected JSON: "
                + "{\"conversationId\", \"text\", \"locale\", \"identity\"}", Map.of()), http);
    }
}
