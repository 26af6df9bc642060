package io.shopdesk.chat.internal;

import io.shopdesk.chat.ConversationIdentified;
import io.shopdesk.dialogue.DialogueOutcome;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chat's record of shoppers who said someone else got into their account (the dialogue's action
 * {@value #ACTION}, rule AccountTakeoverReported), in {@code account_takeover_reports}: the risk engine reads it with
 * its own query and holds the customer's payments for review while a report is recent (rules/risk,
 * AccountTakeoverReported). A report belongs to the conversation's customer ({@code conversations.customer_id}, the
 * first one the chat identified); one made before the chat knew who the shopper is gets that customer once the
 * conversation is identified ({@link ConversationIdentified}), with the time it did, so a replay of a decision made
 * before then does not count it. Thread-safe (JdbcClient is).
 */
@Repository
public class TakeoverReports {
    /** The dialogue's action for a reported takeover: the rule set's contract with this record. */
    static final String ACTION = "account_takeover";

    private final JdbcClient jdbc;
    private final Clock clock;

    public TakeoverReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a report when the turn's decision is one; {@code outcome}'s state gives the customer the turn identified,
     * for a conversation the chat has not recorded a customer on yet. Runs in the turn's transaction.
     */
    void recordIf(String conversationId, DialogueOutcome outcome) {
        if (!ACTION.equals(outcome.decision().getAction())) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO account_takeover_reports (conversation_id, customer_id, reported_at, identified_at)
                        SELECT c.id, COALESCE(c.customer_id, CAST(:customer AS BIGINT)), :now,
                            CASE WHEN COALESCE(c.customer_id, CAST(:customer AS BIGINT)) IS NULL THEN NULL ELSE :now END
                        FROM conversations c WHERE c.id = :id""")
                .param("id", conversationId).param("customer", outcome.state().getCustomerId()).param("now", now)
                .update();
    }

    /** An anonymous chat's reports become the customer's it has just identified. */
    @EventListener
    void conversationIdentified(ConversationIdentified identified) {
        jdbc.sql("""
                        UPDATE account_takeover_reports SET customer_id = :customer, identified_at = :now
                        WHERE conversation_id = :id AND customer_id IS NULL""")
                .param("id", identified.conversationId()).param("customer", identified.customerId())
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
