package io.shopdesk.chat;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxMessageLength  longer messages get an error reply naming the limit
 * @param burst             messages a conversation may send at once before rate limiting
 * @param perSecond         sustained messages per second per conversation
 * @param historyLimit      most messages replayed to a reconnecting shopper
 * @param defaultLanguage   reply language when neither the text nor the client says ("zh" or "en")
 * @param allowedOrigins    origins allowed to open the WebSocket (the widget's host pages)
 * @param brokerRelay       use an external STOMP broker (RabbitMQ) instead of the in-memory simple broker
 * @param identitySecret    the secret the shop signs logged-in shoppers' {@link ShopperIdentity} with; blank (the
 *                          default) ignores every identity (shoppers chat anonymously)
 * @param identityMaxLifetime how far ahead an identity's {@code expires} may lie: a longer-lived one is refused, so a
 *                          copied identity cannot be replayed for long
 * @param attachments       the files (photos, PDFs) a shopper may send in a conversation
 */
@ConfigurationProperties("shopdesk.chat")
public record ChatSettings(
        @DefaultValue("2000") int maxMessageLength,
        @DefaultValue("10") int burst,
        @DefaultValue("3") double perSecond,
        @DefaultValue("200") int historyLimit,
        @DefaultValue("zh") String defaultLanguage,
        @DefaultValue("*") List<String> allowedOrigins,
        @DefaultValue BrokerRelay brokerRelay,
        @DefaultValue("") String identitySecret,
        @DefaultValue("24h") java.time.Duration identityMaxLifetime,
        @DefaultValue Attachments attachments) {

    /** Settings of an external STOMP broker; off unless {@code enabled}. */
    public record BrokerRelay(@DefaultValue("false") boolean enabled, @DefaultValue("localhost") String host,
                              @DefaultValue("61613") int port, @DefaultValue("guest") String login,
                              @DefaultValue("guest") String passcode) {
    }

    /**
     * @param maxSize            the largest file a shopper may send (larger: {@code attachment_too_large}, HTTP 413);
     *                           the servlet's multipart limits are derived from it, so the two always agree
     * @param maxPerConversation files one conversation may hold (more: {@code too_many_attachments})
     */
    public record Attachments(@DefaultValue("8MB") org.springframework.util.unit.DataSize maxSize,
                              @DefaultValue("20") int maxPerConversation) {
    }
}
