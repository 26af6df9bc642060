package io.shopdesk.dialogue.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shopdesk.dialogue.Decision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The dialogue's recorded decisions, {@code rules/dialogue/gate/decisions.yml}: the conversations of the dialogue
 * scenarios, message by message, each with the decision (action and detail) the rules made for it when the file was
 * recorded ({@link DecisionRecorder}). The reload gate ({@link DialogueDecisionGate}) replays them against a new
 * version of the rules: a decision that differs from the recorded one and from the live version's is a change nobody
 * recorded. It exists so that a team says which answers it meant to change by recording them again, and the diff of
 * this file shows them. Immutable; the reading and writing are thread-safe.
 */
public final class RecordedDecisions {
    /** Where the file sits in the dialogue rule set's folder. */
    public static final String FILE = "gate/decisions.yml";
    /** Written plain (no quotes a value does not need, one line each), so that a diff shows the answers that moved. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES).disable(YAMLWriteFeature.SPLIT_LINES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();
    private static final String HEADER = """
            # The decisions the dialogue rules made for the scenarios' messages, replayed by the dialogue's reload gate
            # (rules/dialogue/README.md, "The reload gate"). Generated: record it again after a change you meant, with
            #   java -jar service/target/shopdesk.jar --shopdesk.dialogue.record-decisions=rules/dialogue/gate/decisions.yml ...
            # (the whole command is in that README), and read the diff: it lists the answers the change moved.
            """;

    private RecordedDecisions() {
    }

    /**
     * One conversation of a scenario: {@code name} names the scenario file and the scenario; {@code signedInAs}, the
     * customer the shop signs in, or null.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Conversation(String name, String locale, Long signedInAs, List<Turn> turns) {
        public Conversation {
            turns = turns == null ? List.of() : List.copyOf(turns);
        }
    }

    /**
     * One message and the decision recorded for it; {@code newConversation}: the message opens a new conversation of
     * the same shopper (true, or null); {@code cards}: the product cards the scenario's reply to the message shows (its
     * {@code cardSkus}), or null. The replay has no products reply (it asks no recommendation), so it shows the
     * conversation these cards after the message ({@link ReplayedConversation}): without them a comparison of the
     * cards ("第一个和第二个有什么区别") was replayed as if none were shown and recorded as a fallback, where the chat
     * decides it about the cards.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Turn(String say, Boolean newConversation, String action, String detail, List<String> cards) {
        public Turn {
            cards = cards == null || cards.isEmpty() ? null : List.copyOf(cards);
        }

        /** A message after which no cards are shown. */
        public Turn(String say, Boolean newConversation, String action, String detail) {
            this(say, newConversation, action, detail, null);
        }

        /** Whether {@code decision} is the recorded one: the same action and detail (the rule's name may differ). */
        public boolean recorded(Decision decision) {
            return Objects.equals(action, decision.getAction()) && Objects.equals(detail, decision.getDetail());
        }

        public boolean opensConversation() {
            return Boolean.TRUE.equals(newConversation);
        }
    }

    /** The decision as the gate's messages show it: {@code action/detail}, or the action alone. */
    public static String shown(String action, String detail) {
        return detail == null ? action : action + "/" + detail;
    }

    /**
     * The conversations of {@code file}; none when there is no such file (a rule set that records none).
     *
     * @throws IllegalArgumentException when the file is not a list of conversations, with the parser's reason
     */
    public static List<Conversation> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Conversation> read = YAML.readValue(file.toFile(), new TypeReference<List<Conversation>>() { });
            return read == null ? List.of() : List.copyOf(read);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a list of recorded conversations: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code conversations} to {@code file} (its folder made when missing), replacing it whole. */
    public static void write(Path file, List<Conversation> conversations) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, ".decisions", ".yml");
            Files.writeString(partial, HEADER + YAML.writeValueAsString(conversations), StandardCharsets.UTF_8);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
