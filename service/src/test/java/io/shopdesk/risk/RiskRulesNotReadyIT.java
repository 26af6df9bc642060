package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service started on risk rules whose scenarios fail, with no earlier version in its (fresh) database: it does
 * not decide with untested rules. Health is DOWN with the failed scenarios, the rules status says why, and the risk
 * API answers 503 until the files are fixed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shopdesk-rules-not-ready;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false"
})
class RiskRulesNotReadyIT extends RiskServiceOverHttp {
    @TempDir
    static Path copy;

    /** A copy of the shipped rules where a block-list hit approves instead of declining. */
    @DynamicPropertySource
    static void brokenRules(DynamicPropertyRegistry registry) throws IOException {
        Path rules = copy.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            files.forEach(source -> {
                try {
                    Files.copy(source, rules.resolve(Path.of("rules").relativize(source).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Path thresholds = rules.resolve("risk/thresholds.drl");
        String text = Files.readString(thresholds);
        String broken = text.replaceFirst("assessment.decide\\(\"DECLINE\"\\);", "assessment.decide(\"APPROVE\");");
        if (broken.equals(text)) {
            throw new IllegalStateException("thresholds.drl has no assessment.decide(\"DECLINE\") to break");
        }
        Files.writeString(thresholds, broken);
        registry.add("shopdesk.rules.dir", rules::toString);
        registry.add("shopdesk.risk.lists", () -> rules.resolve("risk/lists").toString());
    }

    /** A request with the checkout's key, whatever it answers. */
    HttpResponse<String> checkout(String method, String path, String body) throws Exception {
        return risk.request(method, path, RiskHttp.CHECKOUT, body);
    }

    @Test
    void healthIsDownWithTheFailedScenariosAndNoPaymentIsDecided() throws Exception {
        HttpResponse<String> health = checkout("GET", "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode risk = JSON.readTree(health.body()).at("/components/shopdesk/details/ruleSets/risk");
        assertThat(risk.get("ready").asBoolean()).isFalse();
        assertThat(risk.hasNonNull("liveVersion")).isFalse();
        assertThat(risk.get("lastProblems").valueStream().map(p -> p.get("message").asString()))
                .anyMatch(m -> m.contains("decision APPROVE, expected DECLINE"));
        assertThat(JSON.readTree(health.body()).at("/components/shopdesk/details/ruleSets/dialogue/ready").asBoolean()).isTrue();

        JsonNode status = JSON.readTree(checkout("GET", "/api/risk/rules", null).body());
        assertThat(status.at("/status/ready").asBoolean()).isFalse();
        assertThat(status.get("versions").size()).isZero();

        HttpResponse<String> payment = checkout("POST", "/api/risk/payments", """
                        {"paymentId":"p-not-ready","customerId":1,"amount":10,"currency":"CNY","method":"card"}""");
        assertThat(payment.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(payment.body()).get("error").asString()).isEqualTo("rules_not_ready");
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> financing = checkout("POST", "/api/risk/financing", """
                            {"applicationId":"f-not-ready","customerId":1,"amount":600,"termMonths":6}""");
            assertThat(financing.statusCode()).as("attempt %d: no decision remembered", attempt).isEqualTo(503);
            assertThat(JSON.readTree(financing.body()).get("error").asString()).isEqualTo("rules_not_ready");
        }
    }
}
