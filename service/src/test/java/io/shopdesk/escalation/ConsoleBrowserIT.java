package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserScript;
import io.shopdesk.BrowserTest;
import io.shopdesk.ShopDeskTest;
import org.junit.jupiter.api.Test;

/**
 * An escalation in a real browser ({@code chat-ui/tests/console.e2e.mjs}, Debian's Chromium driven by playwright-core):
 * a shopper asks the widget for a human, agent1 logs in to the console, sees it arrive in the queue, claims it, reads
 * the shopper's hostile HTML as text, replies, adds a private note (yellow in the console, never in the widget, not
 * even after a reload), picks a canned reply with "/" (listed in the chat's language though the console is in Chinese;
 * arrows, Esc, Enter), is refused sending it while {customerName} is left, fills it in and sends it, resolves; the shopper rates and the reports page draws its charts; a
 * late order's hand-off (LATE_DELIVERY, SD10000001) shows the agent its carrier, tracking number, items and days late
 * as a warning, in both languages; an order sent in two parcels (SD10000048) shows each, delivered and on its way, with
 * its items, in both languages; typing shows both ways ("李娜 Li Na is typing…" in the widget, "Shopper is typing…" in the
 * conversation and its queue item); the late order's customer comes back and the context lists the earlier chat, which
 * opens read-only, as the search of closed chats finds it by its words. Off
 * CI, the test is skipped with a message when Chromium or the npm packages are missing; on CI ({@code CI=true}) that
 * fails.
 */
@ShopDeskTest
@BrowserTest
class ConsoleBrowserIT {
    @Test
    void agentClaimsRepliesAndResolvesWhileTheShopperChatsAndRates(BrowserScript browser) throws Exception {
        String output = browser.run("console.e2e.mjs");
        assertThat(output).contains("PASS the HTML text is literal text in the console transcript", " 0 failed",
                "PASS the shopper attaches a photo: the widget shows it, the console shows its thumbnail live",
                "PASS a private note shows in the console transcript, yellow and marked as a note",
                "PASS a reply with a {placeholder} left is not sent; filled in, it is",
                "PASS the widget gets the canned reply, never the private note",
                "PASS the agent types; the widget shows \"<agent> is typing…\", gone when the agent stops",
                "PASS the shopper types; the console shows \"Shopper is typing…\" in the conversation and the queue",
                "PASS the context lists the earlier chat (resolved, follow-up, by the agent, its first line) and opens it read-only",
                "PASS the search of closed chats finds the earlier chat by its words and opens it; one letter is refused");
    }

    @Test
    void consoleModuleUnitTestsPass(BrowserScript browser) throws Exception {
        assertThat(browser.unitTests("console.test.mjs")).contains("# fail 0").doesNotContain("# pass 0");
    }
}
