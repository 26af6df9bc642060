package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserScript;
import io.shopdesk.BrowserTest;
import io.shopdesk.ShopDeskTest;
import org.junit.jupiter.api.Test;

/**
 * The widget in a real browser: Debian's Chromium driven by playwright-core ({@code chat-ui/tests/}) loads the demo
 * shop from the running service, chats, shows hostile HTML as text, replays history after a reload, and shows a late
 * order's card (SD10000001) with its "Late" row, an on-time one's (SD10000044) with its estimate and a delivered
 * one's (SD10000002) with the day it was delivered. Off CI, the
 * test is skipped with a message when Chromium or the npm packages are missing; on CI ({@code CI=true}) that fails.
 */
@ShopDeskTest
@BrowserTest
class WidgetBrowserIT {
    @Test
    void widgetChatsInChromiumAndRendersHostileTextAsText(BrowserScript browser) throws Exception {
        String output = browser.run("widget.e2e.mjs", ShopDeskTest.IDENTITY_SECRET);
        assertThat(output).contains("0 failed").contains("PASS signed-in shopper")
                .contains("PASS the paperclip sends a photo").contains("PASS a text file named .jpg is refused");
    }

    @Test
    void widgetModuleUnitTestsPass(BrowserScript browser) throws Exception {
        assertThat(browser.unitTests("stomp-client.test.mjs")).contains("# fail 0").doesNotContain("# pass 0");
    }
}
