package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.chat.ChatMessage;
import io.shopdesk.chat.ChatService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Escalations, agent messages and ratings live in the database: a restarted service still has them. */
class EscalationRestartIT {
    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return ServiceOnFileDatabase.start(data);
    }

    @Test
    void aHeldConversationStaysHeldAndItsRatingIsKept() {
        String id;
        long escalationId;
        try (ConfigurableApplicationContext first = start()) {
            ChatService chat = first.getBean(ChatService.class);
            AgentDesk desk = first.getBean(AgentDesk.class);
            id = chat.handle(null, "转人工", "zh", "restart").conversationId();
            escalationId = chat.state(id).orElseThrow().getEscalationId();
            desk.claim(escalationId, desk.agent("agent2"));
            desk.say(id, desk.agent("agent2"), "我是王伟，马上为您处理");
        }
        try (ConfigurableApplicationContext second = start()) {
            ChatService chat = second.getBean(ChatService.class);
            AgentDesk desk = second.getBean(AgentDesk.class);
            assertThat(desk.find(escalationId).status()).isEqualTo("held");
            assertThat(desk.find(escalationId).heldBy()).isEqualTo("agent2");
            assertThat(chat.history(id, null)).extracting(ChatMessage::role, ChatMessage::text)
                    .contains(org.assertj.core.groups.Tuple.tuple("agent", "我是王伟，马上为您处理"));
            assertThat(chat.handle(id, "好的谢谢", "zh", "restart").replies()).as("still held: the bot is silent").isEmpty();
            desk.resolve(escalationId, desk.agent("agent2"), "solved", "restarted mid-way");
            desk.rate(id, 4, "fine");
        }
        try (ConfigurableApplicationContext third = start()) {
            AgentDesk desk = third.getBean(AgentDesk.class);
            assertThat(desk.find(escalationId).disposition()).isEqualTo("solved");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(EscalationException.class,
                    () -> desk.rate(id, 5, null)).code()).isEqualTo("already_rated");
        }
    }
}
