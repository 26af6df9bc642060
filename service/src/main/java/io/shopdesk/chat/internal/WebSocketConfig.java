package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatSettings;
import java.security.Principal;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * STOMP over WebSocket at {@code /ws}. Each shopper socket gets a random anonymous principal so that replies go to
 * {@code /user/queue/chat} of that socket only; an agent's socket keeps the agent's login. The in-memory simple broker serves by default; setting
 * {@code shopdesk.chat.broker-relay.enabled} relays to an external STOMP broker (RabbitMQ) instead.
 */
@Configuration
@EnableWebSocketMessageBroker
class WebSocketConfig implements WebSocketMessageBrokerConfigurer {
    private final ChatSettings settings;

    WebSocketConfig(ChatSettings settings) {
        this.settings = settings;
    }

    record AnonymousShopper(String getName) implements Principal {
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // A conversation's messages must be answered in the order they were sent.
        registry.setPreserveReceiveOrder(true);
        registry.addEndpoint("/ws")
                .setAllowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new))
                .setHandshakeHandler(new DefaultHandshakeHandler() {
                    @Override
                    protected Principal determineUser(ServerHttpRequest request, WebSocketHandler handler,
                                                      Map<String, Object> attributes) {
                        // A logged-in agent's socket carries the login; every other socket is an anonymous shopper.
                        // The login counts only from the service's own pages: a page elsewhere that a logged-in agent
                        // visits could otherwise open a socket with the agent's cookie (cross-site WebSocket
                        // hijacking) and read the queue or write as the agent. The widget, on shops' pages of any
                        // origin, never needs a login.
                        Principal login = request.getPrincipal();
                        if (login != null && sameOrigin(request)) {
                            return login;
                        }
                        return new AnonymousShopper("shopper-" + ConversationIds.next());
                    }
                });
    }

    /** Whether the handshake's {@code Origin} (absent for non-browser clients) is this service's own host. */
    static boolean sameOrigin(ServerHttpRequest request) {
        String origin = request.getHeaders().getOrigin();
        if (origin == null) {
            return true;
        }
        String host = request.getHeaders().getFirst("Host");
        try {
            java.net.URI uri = java.net.URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
        ChatSettings.BrokerRelay relay = settings.brokerRelay();
        if (relay.enabled()) {
            registry.enableStompBrokerRelay("/queue", "/topic")
                    .setRelayHost(relay.host()).setRelayPort(relay.port())
                    .setClientLogin(relay.login()).setClientPasscode(relay.passcode());
        } else {
            registry.enableSimpleBroker("/queue", "/topic");
        }
    }

    /**
     * The servlet container's own buffer for a text frame, 8 KB by default: a 2,000-character message of emoji
     * (4 bytes each in UTF-8) in its JSON frame would close the socket (1009) before the service could answer that
     * it is too long. The same 64 KB as the STOMP limit below.
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(64 * 1024);
        container.setMaxBinaryMessageBufferSize(64 * 1024);
        return container;
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        // Room for a 2,000-character message in UTF-8 plus JSON, and no more.
        registration.setMessageSizeLimit(64 * 1024);
        registration.setSendBufferSizeLimit(512 * 1024);
    }
}
