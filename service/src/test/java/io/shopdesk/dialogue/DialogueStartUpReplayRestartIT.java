package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.dialogue.internal.RecordedDecisions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dialogue file edited while the service was down is replayed once the service is up, as a reload's would be: a loop
 * does not go live, the version that went live last answers meanwhile and after, and the health names the loop; a
 * harmless edit goes live once replayed. Before stop 30 the files on disk went live unreplayed at start-up, and every
 * message naming an order got the rule-error fallback. The whole service, restarted on the same H2 file database, on a
 * copy of the shipped rules whose recorded decisions are cut to their first conversations (the replay of all 799 takes
 * a minute or more on the shared machine; the loop shows on the fifth), read over HTTP (the health, a chat message).
 * The replay at start-up is on here only ({@code src/test/resources/application.properties} turns it off for every
 * other test). The timeout only guards against a hang.
 */
class DialogueStartUpReplayRestartIT {
    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();
    static final String WAITING = "once the service is ready";

    @TempDir
    Path data;

    Path rules;
    Path dialogue;

    ConfigurableApplicationContext start() {
        return ServiceOnFileDatabase.start(data, "--shopdesk.rules.dir=" + rules,
                "--shopdesk.risk.lists=" + rules.resolve("risk/lists"), "--shopdesk.rules.poll-interval=1h",
                "--shopdesk.dialogue.max-rule-firings=2000", "--shopdesk.dialogue.replay-at-start-up=true");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aLoopEditedInWhileTheServiceWasDownNeverServes() throws Exception {
        rules = data.resolve("rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        dialogue = rules.resolve("dialogue");
        Path recorded = dialogue.resolve(RecordedDecisions.FILE);
        Files.writeString(recorded, firstConversations(Files.readString(recorded), 12));
        String shippedRules = Files.readString(dialogue.resolve("dialogue.drl"));

        String accepted;
        try (ConfigurableApplicationContext first = start()) {
            // A new database: nothing went live before, so the files on disk serve and are replayed once ready.
            JsonNode status = checkedStatus(first);
            assertThat(status.path("lastProblems")).isEmpty();
            accepted = status.path("liveVersion").asString();
        }

        Files.writeString(dialogue.resolve("probe.drl"), DialogueDecisionGateIT.LOOPING);
        try (ConfigurableApplicationContext second = start()) {
            JsonNode atStart = dialogueStatus(port(second));
            assertThat(atStart.path("liveVersion").asString()).isEqualTo(accepted);

            JsonNode status = checkedStatus(second);
            assertThat(status.path("liveVersion").asString()).isEqualTo(accepted);
            assertThat(status.path("files").toString()).doesNotContain("probe.drl");
            // The looping rules in the order they fired most, which either may lead.
            assertThat(messages(status)).singleElement().satisfies(m -> assertThat(m)
                    .contains("message 1 (\"where is my order SD10000047? the last 4 digits are 0164\"): the rules loop (")
                    .contains("RememberProbeTask").contains("DropProbeTask")
                    .endsWith("keep re-activating each other past 2000 firings)"));
            assertThat(status.path("lastProblems").get(0).path("file").asString())
                    .isEqualTo("dialogue/" + RecordedDecisions.FILE);
            JsonNode reply = chat(port(second), "where is my order").path("replies").get(0);
            assertThat(reply.path("type").asString()).isEqualTo("ask");
            assertThat(reply.path("text").asString()).isEqualTo("Sure. What is your order number? (It looks like SD12345678.)");
        }

        Files.delete(dialogue.resolve("probe.drl"));
        Files.writeString(dialogue.resolve("dialogue.drl"), shippedRules + "\n// an edit made while the service was down\n");
        try (ConfigurableApplicationContext third = start()) {
            JsonNode status = checkedStatus(third);
            assertThat(status.path("lastProblems")).isEmpty();
            assertThat(status.path("liveVersion").asString()).isNotEqualTo(accepted);
            assertThat(third.getBean(io.shopdesk.ruleengine.RuleEngine.class).history("dialogue").getLast().origin())
                    .isEqualTo("start-up check");
        }
    }

    /** The recorded file's header and its first {@code n} conversations. */
    static String firstConversations(String recorded, int n) {
        String[] parts = recorded.split("\n(?=- name:)");
        return String.join("\n", List.of(parts).subList(0, n + 1)) + "\n";
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** The dialogue's status once the check deferred from start-up has run. */
    static JsonNode checkedStatus(ConfigurableApplicationContext context) throws Exception {
        int port = port(context);
        while (true) {
            JsonNode status = dialogueStatus(port);
            if (status.path("ready").asBoolean() && messages(status).stream().noneMatch(m -> m.contains(WAITING))) {
                return status;
            }
            Thread.sleep(500);
        }
    }

    static JsonNode dialogueStatus(int port) throws IOException, InterruptedException {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(health.body()).path("components").path("shopdesk").path("details").path("ruleSets")
                .path("dialogue");
    }

    static List<String> messages(JsonNode status) {
        return status.path("lastProblems").valueStream().map(p -> p.path("message").asString()).toList();
    }

    static JsonNode chat(int port, String text) throws IOException, InterruptedException {
        String body = json.writeValueAsString(java.util.Map.of("text", text, "locale", "en"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/chat/messages")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }
}
