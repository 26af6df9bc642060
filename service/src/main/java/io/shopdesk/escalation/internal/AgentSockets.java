package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.AgentPresence;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Tells {@link AgentPresence} when a console socket connects or closes: a socket whose user logged in to the console
 * (an agent's or a supervisor's role); shoppers' sockets are not agents'. Thread-safe (stateless).
 */
@Component
class AgentSockets {
    private final AgentPresence presence;

    AgentSockets(AgentPresence presence) {
        this.presence = presence;
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        Principal user = event.getUser();
        String socket = (String) event.getMessage().getHeaders().get("simpSessionId");
        if (socket != null && user instanceof Authentication auth && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> Arrays.stream(ConsoleSecurity.ROLES)
                        .anyMatch(role -> ("ROLE_" + role).equals(a.getAuthority())))) {
            presence.connected(auth.getName(), socket);
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        presence.disconnected(event.getSessionId());
    }
}
