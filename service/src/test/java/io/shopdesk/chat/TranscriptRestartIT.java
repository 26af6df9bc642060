package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Transcripts and dialogue state live in the database: a restarted service continues the conversation. */
class TranscriptRestartIT {
    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return ServiceOnFileDatabase.start(data);
    }

    @Test
    void conversationSurvivesARestart() {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            ChatService chat = first.getBean(ChatService.class);
            id = chat.handle(null, "我的订单到哪了", "zh", "restart-test").conversationId();
            chat.handle(id, "SD10000001", "zh", "restart-test");
        }
        try (ConfigurableApplicationContext second = start()) {
            ChatService chat = second.getBean(ChatService.class);
            List<ChatMessage> history = chat.history(id, null);
            assertThat(history).extracting(ChatMessage::text).startsWith("我的订单到哪了").contains("SD10000001");
            assertThat(history).hasSize(4);
            TurnResult next = chat.handle(id, "5678", "zh", "restart-test");
            assertThat(next.replies().getFirst().type()).isEqualTo("order_status");
            assertThat(next.replies().getFirst().data()).containsEntry("orderId", "SD10000001");
        }
    }
}
