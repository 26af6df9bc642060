package io.shopdesk.escalation.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.security.messaging.access.intercept.AuthorizationChannelInterceptor;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.messaging.context.SecurityContextChannelInterceptor;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Who may use which STOMP destinations. Agents' topics ({@code /topic/agent/**}) and commands ({@code /app/agent/**})
 * need an agent's login (the socket carries the console's session); nobody may SEND straight to a broker
 * destination, which would let a shopper forge queue events, nor SUBSCRIBE to a broker queue directly: the simple
 * broker reads {@code /queue/**} as a pattern, so such a subscription would receive every other socket's private
 * messages. Shoppers keep {@code /app/chat/**} and their own {@code /user/queue/chat} (resolved to their session
 * before the broker sees it). A refused frame gets a STOMP ERROR.
 */
@Configuration
class AgentSocketSecurity implements WebSocketMessageBrokerConfigurer {

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        var rules = MessageMatcherDelegatingAuthorizationManager.builder()
                .simpMessageDestMatchers("/topic/**", "/queue/**", "/user/**").denyAll()
                .simpSubscribeDestMatchers("/topic/agent/**", "/user/queue/agent").hasAnyRole(ConsoleSecurity.ROLES)
                .simpDestMatchers("/app/agent/**").hasAnyRole(ConsoleSecurity.ROLES)
                .simpSubscribeDestMatchers("/topic/**", "/queue/**").denyAll()
                .anyMessage().permitAll()
                .build();
        registration.interceptors(new SecurityContextChannelInterceptor(), new AuthorizationChannelInterceptor(rules));
    }
}
