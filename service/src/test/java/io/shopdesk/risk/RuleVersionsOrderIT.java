package io.shopdesk.risk;

import static io.shopdesk.risk.RiskHttp.CHECKOUT;
import static io.shopdesk.risk.RiskHttp.JSON;
import static io.shopdesk.risk.RiskHttp.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.risk.RiskHttp.Reply;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/risk/rules} lists the version history newest first, as the risk console does, over real HTTP on the
 * real service (its own H2, the shipped rules copied): two drafts published one after the other are
 * {@code versions[0]} and {@code versions[1]}. Before, the API sent them oldest first and the console turned them
 * round, so a script reading {@code versions[0]} as the latest read the oldest. {@code limit} cuts the list to the
 * newest entries, {@code versionsTotal} says how many there are, a bad limit is a field error, and OpenAPI says so.
 */
@OwnDatabaseTest(database = "shopdesk-versions-order")
class RuleVersionsOrderIT extends RiskServiceOnCopiedRules {

    String publish(String note) throws Exception {
        String before = live();
        String drl = Files.readString(folder().resolve("payments.drl"));
        Reply draft = risk.officer("POST", "/api/risk/rules/drafts", Map.of("baseVersion", before,
                "files", Map.of("payments.drl", drl + "\n// " + note + "\n"), "reason", note));
        assertThat(draft.status()).as(String.valueOf(draft.body())).isEqualTo(201);
        Reply published = risk.officer("POST", "/api/risk/rules/drafts/" + draft.body().get("id").asLong() + "/publish", null);
        assertThat(published.status()).as(String.valueOf(published.body())).isEqualTo(200);
        assertThat(live()).isNotEqualTo(before);
        return live();
    }

    static List<String> ids(JsonNode versions) {
        List<String> out = new ArrayList<>();
        versions.forEach(v -> out.add(v.get("version").asString()));
        return out;
    }

    @Test
    void theHistoryIsNewestFirstAndALimitKeepsTheNewest() throws Exception {
        String shipped = live();
        String first = publish("first change");
        String second = publish("second change");

        JsonNode all = risk.send("GET", "/api/risk/rules", CHECKOUT, null).body();
        JsonNode versions = all.get("versions");
        assertThat(ids(versions)).as("newest first").startsWith(second, first, shipped);
        assertThat(versions.get(0).get("origin").asString()).contains("second change");
        assertThat(all.get("versionsTotal").asInt()).isEqualTo(versions.size());
        for (int i = 1; i < versions.size(); i++) {
            assertThat(Instant.parse(versions.get(i - 1).get("liveSince").asString()))
                    .isAfterOrEqualTo(Instant.parse(versions.get(i).get("liveSince").asString()));
        }

        JsonNode two = risk.officerGet("/api/risk/rules?limit=2");
        assertThat(ids(two.get("versions"))).containsExactly(second, first);
        assertThat(two.get("versionsTotal").asInt()).isEqualTo(versions.size());

        for (String bad : List.of("0", "101", "abc", "-1")) {
            HttpResponse<String> response = risk.request("GET", "/api/risk/rules?limit=" + bad, OFFICER, null);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).isEqualTo("{\"error\":\"invalid_request\",\"fields\":{\"limit\":\"a whole number "
                    + "from 1 to 100 (the newest entries of the version history)\"}}");
        }
    }

    @Test
    void openApiSaysNewestFirstAndDescribesTheLimit() throws Exception {
        JsonNode api = JSON.readTree(risk.request("GET", "/v3/api-docs", null, null).body());
        JsonNode get = api.at("/paths/~1api~1risk~1rules/get");
        assertThat(get.get("description").asString()).contains("NEWEST FIRST", "versionsTotal");
        assertThat(get.get("parameters").valueStream().map(p -> p.get("name").asString())).containsExactly("limit");
        assertThat(get.at("/parameters/0/schema/maximum").asInt()).isEqualTo(100);
    }
}
