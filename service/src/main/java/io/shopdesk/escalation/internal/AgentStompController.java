package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.AgentDesk;
import io.shopdesk.escalation.EscalationException;
import java.security.Principal;
import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agent's message over STOMP ({@code /app/agent/message}) and "typing" signal ({@code /app/agent/typing}); the
 * socket security lets only agents reach them. Refusals of messages come back on the agent's {@code /user/queue/agent};
 * a typing signal gets no answer ({@link AgentTypingSignals}).
 */
@Controller
class AgentStompController {
    private final AgentDesk desk;
    private final SimpMessagingTemplate messaging;
    private final JsonMapper json;
    private final AgentTypingSignals typing;

    AgentStompController(AgentDesk desk, SimpMessagingTemplate messaging, JsonMapper json, AgentTypingSignals typing) {
        this.desk = desk;
        this.messaging = messaging;
        this.json = json;
        this.typing = typing;
    }

    record TypingSignal(String conversationId) {
    }

    record AgentMessage(String conversationId, String text) {
    }

    @MessageMapping("/agent/message")
    void message(Message<byte[]> frame, Principal agent) {
        try {
            AgentMessage m = json.readValue(frame.getPayload(), AgentMessage.class);
            desk.say(m.conversationId(), desk.agent(agent.getName()), m.text());
        } catch (JacksonException e) {
            error(agent, "invalid_json", "Expected {\"conversationId\", \"text\"}");
        } catch (EscalationException e) {
            error(agent, e.code(), e.getMessage());
        }
    }

    @MessageMapping("/agent/typing")
    void typing(Message<byte[]> frame, Principal agent) {
        try {
            TypingSignal signal = json.readValue(frame.getPayload(), TypingSignal.class);
            typing.typing(signal == null ? null : signal.conversationId(), desk.agent(agent.getName()));
        } catch (JacksonException e) {
            error(agent, "invalid_json", "Expected {\"conversationId\"}");
        } catch (EscalationException e) {
            error(agent, e.code(), e.getMessage());
        }
    }

    private void error(Principal agent, String code, String message) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create();
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        messaging.send("/user/" + agent.getName() + "/queue/agent", MessageBuilder.createMessage(
                json.writeValueAsBytes(Map.of("kind", "error", "code", code, "message", message)),
                headers.getMessageHeaders()));
    }
}
