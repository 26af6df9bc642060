package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * A deployment keeps the lists outside the rules folder ({@code shopdesk.risk.lists}), and a publish of a list was
 * killed while staging it there, before its journal was written: the start-up removes the staged hidden file beside
 * the list (the engine cleans only the rule set's own folder), and the real service, over HTTP, declines a payment
 * from a device of that list, its stored decision naming the entry, its line and the list's version.
 */
@OwnDatabaseTest(database = "shopdesk-lists-elsewhere")
class ListsElsewhereIT extends RiskServiceOverHttp {
    @TempDir
    static Path copy;

    @DynamicPropertySource
    static void listsOutsideTheRules(DynamicPropertyRegistry registry) throws IOException {
        Path rules = copy.resolve("rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        Path lists = copy.resolve("risk-lists");
        Files.move(rules.resolve("risk/lists"), lists);
        Files.writeString(lists.resolve(".blocked-ips.csv.draft"), "value\n192.0.2.1\n");
        Files.writeString(lists.resolve(".blocked-devices.csv.rollback"), "value\n");
        registry.add("shopdesk.rules.dir", rules::toString);
        registry.add("shopdesk.risk.lists", lists::toString);
    }

    @Test
    void stagedListFilesAreRemovedAndADecisionNamesTheEntryOfTheListElsewhere() throws Exception {
        Path lists = copy.resolve("risk-lists");
        try (var left = Files.list(lists)) {
            assertThat(left.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("allowed-customers.csv",
                    "blocked-cards.csv", "blocked-devices.csv", "blocked-ips.csv");
        }

        JsonNode decision = risk.pay("""
                {"paymentId":"p-elsewhere-1","customerId":780101,"amount":120,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-elsewhere-1","deviceId":"dev-fraud-0001","ip":"192.0.2.181",
                 "shippingAddress":"北京市朝阳区 1 号","billingAddress":"北京市朝阳区 1 号"}""");
        assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        JsonNode matched = risk.officerGet("/api/risk/decisions/" + decision.get("decisionId").asString())
                .at("/lists/matched");
        String file = Files.readString(lists.resolve("blocked-devices.csv"));
        String line = file.lines().filter(l -> l.startsWith("dev-fraud-0001")).findFirst().orElseThrow();
        assertThat(matched.size()).isOne();
        assertThat(matched.at("/0/list").asString()).isEqualTo("blocked-devices");
        assertThat(matched.at("/0/line").asInt()).isEqualTo(file.lines().toList().indexOf(line) + 1);
        assertThat(matched.at("/0/text").asString()).isEqualTo(line.strip());
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(lists.resolve("blocked-devices.csv")));
        assertThat(matched.at("/0/version").asString())
                .isEqualTo(java.util.HexFormat.of().formatHex(digest).substring(0, 12));
    }
}
