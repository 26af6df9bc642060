package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShippedRulesCopy;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.chat.TurnResult;
import io.shopdesk.ruleengine.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A dialogue rule file that loops (one rule sets the pending task, another clears it, as a team's edit once did, and a
 * shopper's thread hung ten minutes): the turn ends with the rule-error fallback instead, the message and the reply are
 * kept in the transcript, and the conversation goes on. Real service, real rules (a copy, with the loop added: it is
 * there at start-up, when the dialogue's reload gate replays nothing, and it loops only on a word no recorded message
 * has, so it goes live; {@code DialogueDecisionGateIT} has the reload that refuses a loop), real pipeline. The timeout
 * only guards against a hang.
 */
@OwnDatabaseTest(database = "shopdesk-dialogue-loop", properties = {
        "shopdesk.dialogue.max-rule-firings=2000"
})
class DialogueRuleLoopIT {
    static final String LOOPING = """
            package shopdesk.dialogue

            import io.shopdesk.dialogue.Turn
            import io.shopdesk.dialogue.ConversationState

            rule "RememberProbeTask"
            when
                Turn( text contains "loopprobe" )
                $s : ConversationState( pendingTask != "loopprobe" )
            then
                modify($s) { setPendingTask("loopprobe") };
            end

            rule "DropProbeTask"
            when
                Turn( text contains "loopprobe" )
                $s : ConversationState( pendingTask == "loopprobe" )
            then
                modify($s) { setPendingTask("loopprobe_dropped") };
            end
            """;
    static final String RULE_ERROR_EN = "Sorry, something went wrong on my side with that message. Could you send it "
            + "again in a moment? You can also type \"agent\" and a colleague will help you.";

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void rulesWithALoop(DynamicPropertyRegistry registry) throws IOException {
        Path rules = ShippedRulesCopy.into(folder.resolve("rules"), registry);
        Files.writeString(rules.resolve("dialogue/probe-task.drl"), LOOPING);
    }

    @Autowired
    ChatService chat;

    @Autowired
    RuleEngine engine;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aLoopingTurnFallsBackAndTheConversationGoesOn() {
        assertThat(engine.ruleSet("dialogue").files()).contains("probe-task.drl");

        TurnResult looped = chat.handle(null, "loopprobe where is my order", "en", "loop-test");

        assertThat(looped.replies()).extracting(Reply::type, Reply::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fallback", RULE_ERROR_EN));

        TurnResult next = chat.handle(looped.conversationId(), "hello", "en", "loop-test");

        assertThat(next.replies()).isNotEmpty();
        assertThat(next.replies().getFirst().text()).isNotEqualTo(RULE_ERROR_EN);
        List<TranscriptLine> transcript = chat.transcript(looped.conversationId());
        assertThat(transcript).extracting(TranscriptLine::role, TranscriptLine::text).startsWith(
                org.assertj.core.groups.Tuple.tuple("shopper", "loopprobe where is my order"),
                org.assertj.core.groups.Tuple.tuple("bot", RULE_ERROR_EN),
                org.assertj.core.groups.Tuple.tuple("shopper", "hello"));
    }
}
