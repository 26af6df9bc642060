package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.BrowserTests;
import io.shopdesk.ShopDeskTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget in a real browser: Debian's Chromium driven by playwright-core ({@code chat-ui/tests/}) loads the demo
 * shop from the running service, chats, shows hostile HTML as text, replays history after a reload, and shows a late
 * order's card (SD10000001) with its "Late" row, an on-time one's (SD10000044) with its estimate and a delivered
 * one's (SD10000002) with the day it was delivered. Off CI, the
 * test is skipped with a message when Chromium or the npm packages are missing; on CI ({@code CI=true}) that fails.
 */
@ShopDeskTest
@Tag("browser")
class WidgetBrowserIT {
    @LocalServerPort
    int port;

    @BeforeEach
    void toolsPresent() {
        BrowserTests.requireTools();
    }

    @Test
    void widgetChatsInChromiumAndRendersHostileTextAsText() throws Exception {
        String output = BrowserTests.run(List.of("node", "widget.e2e.mjs", "http://localhost:" + port,
                ShopDeskTest.IDENTITY_SECRET));
        assertThat(output).contains("0 failed").contains("PASS signed-in shopper")
                .contains("PASS the paperclip sends a photo").contains("PASS a text file named .jpg is refused");
    }

    @Test
    void widgetModuleUnitTestsPass() throws Exception {
        BrowserTests.run(List.of("node", "--test", "stomp-client.test.mjs"));
    }
}
