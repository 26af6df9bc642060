package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A refusal as every chat endpoint answers it: the status of {@link ChatException#httpStatus()}, an {@code error}
 * reply in the language the refusal carries (else the request's {@code Accept-Language}) and the code. Stateless and
 * thread-safe.
 */
final class ChatErrors {
    private ChatErrors() {
    }

    static ResponseEntity<ChatRestController.ErrorBody> body(ChatService chat, ChatException e,
                                                             HttpServletRequest http) {
        HttpStatus status = HttpStatus.valueOf(e.httpStatus());
        String locale = http.getHeader("Accept-Language");
        return ResponseEntity.status(status).body(new ChatRestController.ErrorBody(null,
                List.of(chat.errorReply(e, locale)), Map.of("code", e.code(), "message", e.getMessage())));
    }
}
