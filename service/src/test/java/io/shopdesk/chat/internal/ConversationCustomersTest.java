package io.shopdesk.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.MigratedDatabase;
import io.shopdesk.chat.ConversationIdentified;
import io.shopdesk.dialogue.ConversationState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer recorded on a conversation against the migrated schema: the first one identified is kept whoever the
 * dialogue's state names later, and only the first recording is announced.
 */
class ConversationCustomersTest {

    @Test
    void theFirstCustomerIsRecordedOnceAndNeverReplaced() {
        try (MigratedDatabase db = new MigratedDatabase("conversation-customers")) {
            ConversationRepository conversations = new ConversationRepository(db.jdbc(), JsonMapper.builder().build(),
                    Clock.systemUTC());
            List<Object> events = new ArrayList<>();
            ConversationCustomers customers = new ConversationCustomers(conversations, events::add);
            ConversationState state = new ConversationState();
            state.setLanguage("en");
            conversations.create("c-shared", state);

            customers.afterTurn("c-shared", null, state);
            assertThat(conversations.customer("c-shared")).as("anonymous: nobody").isEmpty();

            state.setCustomerId(6L);
            customers.afterTurn("c-shared", null, state);
            assertThat(conversations.customer("c-shared")).contains(6L);

            state.setCustomerId(8L);
            customers.afterTurn("c-shared", 6L, state);
            customers.afterTurn("c-shared", 8L, state);
            assertThat(conversations.customer("c-shared")).as("the first stays").contains(6L);
            assertThat(events).containsExactly(new ConversationIdentified("c-shared", 6L));

            assertThat(conversations.identify("c-none", 6L)).as("no such conversation").isFalse();
            assertThat(conversations.customer("c-none")).isEqualTo(Optional.empty());
        }
    }
}
