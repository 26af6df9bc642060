package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import io.shopdesk.model.DataFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The answers a team gives its own intents without writing rules: {@code rules/dialogue/intent-answers/intent-answers.yml},
 * one entry an intent, each with exactly one of {@code faq: <FAQ entry id>}, {@code reply: {en: …, zh: …}} (one
 * language or both) or {@code handoff: true}, or {@code handoff: {en: …, zh: …}}: a person takes the chat over and the
 * shopper reads the team's text in those languages (the general hand-off text in a language without one). Texts are
 * checked alike, in a reply or a hand-off: en or zh, not blank. Read whole or not at all: a bad entry is an
 * {@link IllegalArgumentException} naming {@code FILE:LINE} and what is wrong, so a broken file never replaces working
 * answers. A missing file is no answers. Immutable and thread-safe.
 */
public final class IntentAnswers {
    /** The folder beside the rule set, and the file in it. */
    public static final String FOLDER = "intent-answers";
    public static final String FILE = "intent-answers.yml";
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_.-]+");
    private static final Set<String> LANGUAGES = Set.of("en", "zh");

    /**
     * One intent's answer: {@code faq}, or the team's {@code replies} (by language code), or {@code handoff}, whose
     * {@code replies} are then what the shopper reads as a person takes over (none: the general hand-off text).
     */
    public record Answer(String intent, String faq, Map<String, String> replies, boolean handoff) {
    }

    private final Map<String, Answer> answers;

    private IntentAnswers(Map<String, Answer> answers) {
        this.answers = Map.copyOf(answers);
    }

    public static IntentAnswers none() {
        return new IntentAnswers(Map.of());
    }

    /** The answers in {@code folder}'s {@link #FILE}; none when the file does not exist. */
    public static IntentAnswers read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Node root = DataFile.yamlDocument(file);
        if (root == null) {
            return none();
        }
        if (!(root instanceof MappingNode top)) {
            throw new IllegalArgumentException(at(file, root) + "expected intents as keys (track_parcel: {faq: orders-track})");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (NodeTuple entry : top.getValue()) {
            String intent = scalar(file, entry.getKeyNode(), "an intent name");
            if (!LABEL.matcher(intent).matches()) {
                throw new IllegalArgumentException(at(file, entry.getKeyNode()) + "'" + intent + "' is not an intent label");
            }
            if (answers.containsKey(intent)) {
                throw new IllegalArgumentException(at(file, entry.getKeyNode()) + "intent " + intent + " is answered twice");
            }
            answers.put(intent, answer(file, intent, entry.getValueNode()));
        }
        return new IntentAnswers(answers);
    }

    private static Answer answer(Path file, String intent, Node node) {
        if (!(node instanceof MappingNode map) || map.getValue().size() != 1) {
            throw new IllegalArgumentException(at(file, node) + "intent " + intent
                    + " needs exactly one of faq: <FAQ entry id>, reply: {en: …, zh: …} or handoff: true (or handoff: {en: …, zh: …})");
        }
        NodeTuple only = map.getValue().getFirst();
        String kind = scalar(file, only.getKeyNode(), "faq, reply or handoff");
        Node value = only.getValueNode();
        return switch (kind) {
            case "faq" -> new Answer(intent, scalar(file, value, "an FAQ entry id"), Map.of(), false);
            case "handoff" -> {
                if (value instanceof MappingNode) {
                    yield new Answer(intent, null, texts(file, intent, value, "handoff"), true);
                }
                if (!"true".equals(scalar(file, value, "true or a text per language, en: … and/or zh: …"))) {
                    throw new IllegalArgumentException(at(file, value) + "intent " + intent
                            + ": handoff must be true, or the text the shopper reads per language (en: … and/or zh: …);"
                            + " remove the entry to leave the intent unanswered");
                }
                yield new Answer(intent, null, Map.of(), true);
            }
            case "reply" -> new Answer(intent, null, texts(file, intent, value, "reply"), false);
            default -> throw new IllegalArgumentException(at(file, only.getKeyNode()) + "intent " + intent + ": '" + kind
                    + "' is not faq, reply or handoff");
        };
    }

    /** The texts of a {@code reply} or a {@code handoff}, by language: en and/or zh, none blank. */
    private static Map<String, String> texts(Path file, String intent, Node value, String kind) {
        if (!(value instanceof MappingNode texts) || texts.getValue().isEmpty()) {
            throw new IllegalArgumentException(at(file, value) + "intent " + intent
                    + ": " + kind + " needs a text per language, en: … and/or zh: …");
        }
        Map<String, String> replies = new LinkedHashMap<>();
        for (NodeTuple text : texts.getValue()) {
            String language = scalar(file, text.getKeyNode(), "en or zh");
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException(at(file, text.getKeyNode()) + "intent " + intent
                        + ": " + kind + " language '" + language + "' is not en or zh");
            }
            if (replies.containsKey(language)) {
                throw new IllegalArgumentException(at(file, text.getKeyNode()) + "intent " + intent
                        + ": " + kind + " has two " + language + " texts");
            }
            replies.put(language, scalar(file, text.getValueNode(), "the " + kind + " text in " + language));
        }
        return replies;
    }

    private static String scalar(Path file, Node node, String expected) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw new IllegalArgumentException(at(file, node) + "expected " + expected);
        }
        return s.getValue().strip();
    }

    private static String at(Path file, Node node) {
        return file + ":" + (node.getStartMark().getLine() + 1) + ": ";
    }

    public Optional<Answer> of(String intent) {
        return Optional.ofNullable(intent == null ? null : answers.get(intent));
    }

    public Set<String> intents() {
        return answers.keySet();
    }

    /**
     * The fact for the rules when {@code intent} has an answer that can be given in {@code language}: an FAQ entry
     * {@code faqExists} knows, or a text in that language, or a hand-off.
     */
    public Optional<io.shopdesk.dialogue.IntentAnswer> fact(String intent, Language language,
                                                            java.util.function.Predicate<String> faqExists) {
        return of(intent).flatMap(a -> {
            if (a.handoff()) {
                return Optional.of(new io.shopdesk.dialogue.IntentAnswer(intent, "intent_for_agent", intent));
            }
            if (a.faq() != null) {
                return faqExists.test(a.faq())
                        ? Optional.of(new io.shopdesk.dialogue.IntentAnswer(intent, "kb_answer", a.faq()))
                        : Optional.empty();
            }
            return a.replies().containsKey(language.code())
                    ? Optional.of(new io.shopdesk.dialogue.IntentAnswer(intent, "intent_reply", intent))
                    : Optional.empty();
        });
    }

    /** The team's text for {@code intent} in {@code language} (its reply, or its hand-off text), if it has one. */
    public Optional<String> reply(String intent, Language language) {
        return of(intent).map(a -> a.replies().get(language.code()));
    }
}
