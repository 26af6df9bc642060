package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ChatSettings;
import jakarta.servlet.MultipartConfigElement;
import io.shopdesk.nlp.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        private static final Pattern CONVERSATION = Pattern.compile("/api/chat/conversations/([^/]+)/");

        private final ChatService chat;
        private final ChatSettings settings;

        TooLarge(ChatService chat, ChatSettings settings) {
            this.chat = chat;
            this.settings = settings;
        }

        /** Told in the conversation's language: the form's {@code locale} field was never read. */
        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<ChatRestController.ErrorBody> tooLarge(MaxUploadSizeExceededException e,
                                                              HttpServletRequest http) {
            ChatException refusal = AttachmentTurns.tooLarge(settings.attachments().maxSize().toBytes(), -1);
            Matcher path = CONVERSATION.matcher(http.getRequestURI());
            Language language = !path.find() ? null : chat.state(path.group(1))
                    .map(state -> Language.fromTag(state.getLanguage(), null)).orElse(null);
            return ChatErrors.body(chat, language == null ? refusal : refusal.inLanguage(language), http);
        }
    }
}
