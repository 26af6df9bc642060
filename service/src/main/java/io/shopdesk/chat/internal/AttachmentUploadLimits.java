package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ChatSettings;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The servlet's multipart limits, made from {@code shopdesk.chat.attachments.max-size} so that they always agree with
 * the chat's own check (Spring Boot's {@code spring.servlet.multipart.*} then no longer apply): a file just over the
 * limit is cut off while it arrives rather than read whole, and either way the shopper gets the same
 * {@code attachment_too_large} (413) in JSON. The request may be a little larger than the file (the form's other
 * field and the part headers).
 */
@Configuration(proxyBeanMethods = false)
class AttachmentUploadLimits {
    /** Room for the multipart boundaries, part headers and the {@code locale} field around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(ChatSettings settings) {
        long maxFile = settings.attachments().maxSize().toBytes();
        return new MultipartConfigElement("", maxFile, maxFile + FORM_OVERHEAD, (int) Math.min(maxFile, 1024 * 1024));
    }

    /**
     * The servlet refuses a too large upload before any controller is chosen, so only advice can answer it (uploads
     * are only taken by the chat's attachment endpoint).
     */
    @RestControllerAdvice
    static class TooLarge {
        private final ChatService chat;
        private final ChatSettings settings;

        TooLarge(ChatService chat, ChatSettings settings) {
            this.chat = chat;
            this.settings = settings;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<ChatRestController.ErrorBody> tooLarge(MaxUploadSizeExceededException e,
                                                              HttpServletRequest http) {
            return ChatErrors.body(chat, AttachmentTurns.tooLarge(settings.attachments().maxSize().toBytes(), -1), http);
        }
    }
}
