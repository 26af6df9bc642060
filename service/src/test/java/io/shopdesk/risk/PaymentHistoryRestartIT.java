package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A restarted service still knows the payments decided before it started: a card used four times in the last minutes
 * is card testing on its fifth payment after the restart too, and the customer's device is not new.
 */
class PaymentHistoryRestartIT {
    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return ServiceOnFileDatabase.start(data);
    }

    JsonNode pay(ConfigurableApplicationContext service, String paymentId) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        return new RiskHttp(port).pay("""
                {"paymentId":"%s","customerId":3,"amount":12,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-restart","deviceId":"dev-restart","ip":"192.0.2.140"}""".formatted(paymentId));
    }

    static List<String> codes(JsonNode decision) {
        return decision.get("reasons").valueStream().map(r -> r.get("code").asString()).toList();
    }

    @Test
    void velocityAndKnownDevicesSurviveARestart() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(RiskService.class).awaitHistory();
            assertThat(codes(pay(first, "restart-1"))).contains("NEW_DEVICE");
            for (int i = 2; i <= 4; i++) {
                assertThat(codes(pay(first, "restart-" + i))).doesNotContain("NEW_DEVICE", "VELOCITY_CARD_10M");
            }
        }
        try (ConfigurableApplicationContext second = start()) {
            RiskService risk = second.getBean(RiskService.class);
            risk.awaitHistory();
            assertThat(risk.historyStatus()).isEqualTo("read");
            List<String> fifth = codes(pay(second, "restart-5"));
            assertThat(fifth).as("the four payments before the restart count").contains("VELOCITY_CARD_10M")
                    .doesNotContain("NEW_DEVICE");
        }
    }
}
