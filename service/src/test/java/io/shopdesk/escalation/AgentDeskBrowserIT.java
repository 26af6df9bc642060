package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserScript;
import io.shopdesk.BrowserTest;
import io.shopdesk.ShopDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An agent working several chats at once in a real browser ({@code chat-ui/tests/agent-desk.e2e.mjs}): their own chats
 * above the queue, a long reason kept to two lines, "New message" on a chat of theirs not open, the payment under
 * review named with its reasons' points, no offline colleague to transfer to, and, when their console closes for
 * good, a colleague told of each chat (one notice each) and able to claim them and hand one back to the bot; the
 * Verify form's placeholders the form to type; a shopper over HTTP never "left"; a widget shopper shown connected, then
 * gone when the page closes; the supervisor's list of agents closed by Escape or a click elsewhere. The presence grace is 2 s, as in {@link OfflineAgentChatsIT}
 * (the same context). Off CI, skipped with a message when Chromium or the npm packages are missing.
 */
@ShopDeskTest
@TestPropertySource(properties = "shopdesk.escalation.presence-grace=2s")
@BrowserTest
class AgentDeskBrowserIT {
    @Test
    void anAgentWorksSeveralChatsAndAColleagueTakesThemOverWhenTheyLeave(BrowserScript browser) throws Exception {
        String output = browser.run("agent-desk.e2e.mjs");
        assertThat(output).contains(" 0 failed",
                "PASS a long reason stays two lines in the queue",
                "PASS agent2 claims two chats: they come first",
                "PASS \"Only Payments\" hides the other teams' waiting chats, never the agent's own",
                "PASS the shopper of the chat not open writes: its item says \"New message\" until it is opened",
                "PASS the payment under review names what it judged",
                "PASS the context of an anonymous shopper shows no stray \"null\"",
                "PASS an offline colleague is listed in the transfer list but cannot be chosen",
                "PASS agent2's console closes for good: agent1 is told of each chat and can claim both",
                "PASS the shopper was told the agent left and they keep their place",
                "PASS \"Hand back to bot\" hands the chat back: the bot answers the shopper again",
                "PASS the takeover shopper tells their order and digits; the agent verifies them and sees the customer",
                "PASS a shopper in the widget: the agent sees them connected, then leave when the widget closes",
                "PASS the supervisor's list of agents closes on Escape and on a click elsewhere");
    }
}
