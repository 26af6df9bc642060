package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.dialogue.IntentAnswer;
import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's answers for its own intents ({@code intent-answers.yml}): each kind becomes the fact the generic rule acts
 * on, only where it can be given; a bad entry names its file and line; the shipped file answers nothing and every
 * shipped intent counts as answered (by a rule, an FAQ topic or the file), so no shipped release warns.
 */
class IntentAnswersTest {
    @TempDir
    Path dir;

    @Test
    void eachKindOfAnswerBecomesTheRulesFactWhereItCanBeGiven() throws IOException {
        Files.writeString(dir.resolve(IntentAnswers.FILE), """
                track_parcel:
                  faq: orders-track
                gift_wrap:
                  reply:
                    en: "We gift wrap any order for free."
                return_item:
                  handoff: true
                """);
        IntentAnswers answers = IntentAnswers.read(dir);

        assertThat(answers.fact("track_parcel", Language.EN, "orders-track"::equals))
                .contains(new IntentAnswer("track_parcel", "kb_answer", "orders-track"));
        assertThat(answers.fact("track_parcel", Language.EN, id -> false)).isEmpty();
        assertThat(answers.fact("gift_wrap", Language.EN, id -> true))
                .contains(new IntentAnswer("gift_wrap", "intent_reply", "gift_wrap"));
        assertThat(answers.fact("gift_wrap", Language.ZH, id -> true)).isEmpty();
        assertThat(answers.reply("gift_wrap", Language.EN)).contains("We gift wrap any order for free.");
        assertThat(answers.fact("return_item", Language.ZH, id -> true))
                .contains(new IntentAnswer("return_item", "intent_for_agent", "return_item"));
        assertThat(answers.fact("order_status", Language.EN, id -> true)).isEmpty();
    }

    /** A hand-off may carry the team's own text per language; without one in a language, the hand-off still happens. */
    @Test
    void aHandoffCarriesTheTeamsTextWhereItHasOne() throws IOException {
        Files.writeString(dir.resolve(IntentAnswers.FILE), """
                return_item:
                  handoff:
                    en: "Returns are checked by our returns desk: a colleague will take this over."
                """);
        IntentAnswers answers = IntentAnswers.read(dir);

        assertThat(answers.fact("return_item", Language.EN, id -> true))
                .contains(new IntentAnswer("return_item", "intent_for_agent", "return_item"));
        assertThat(answers.fact("return_item", Language.ZH, id -> true))
                .contains(new IntentAnswer("return_item", "intent_for_agent", "return_item"));
        assertThat(answers.reply("return_item", Language.EN))
                .contains("Returns are checked by our returns desk: a colleague will take this over.");
        assertThat(answers.reply("return_item", Language.ZH)).isEmpty();
    }

    @Test
    void aBadEntryNamesItsFileAndLine() throws IOException {
        assertThat(error("track_parcel:\n  faq: orders-track\ngift_wrap:\n  faq: x\n  handoff: true\n"))
                .isEqualTo(":4: intent gift_wrap needs exactly one of faq: <FAQ entry id>, reply: {en: …, zh: …} or "
                        + "handoff: true (or handoff: {en: …, zh: …})");
        assertThat(error("gift_wrap:\n  reply:\n    fr: bonjour\n"))
                .isEqualTo(":3: intent gift_wrap: reply language 'fr' is not en or zh");
        assertThat(error("gift_wrap:\n  handoff: false\n"))
                .isEqualTo(":2: intent gift_wrap: handoff must be true, or the text the shopper reads per language "
                        + "(en: … and/or zh: …); remove the entry to leave the intent unanswered");
        // A hand-off's texts are checked as a reply's.
        assertThat(error("return_item:\n  handoff:\n    fr: bonjour\n"))
                .isEqualTo(":3: intent return_item: handoff language 'fr' is not en or zh");
        assertThat(error("return_item:\n  handoff:\n    en: \"  \"\n"))
                .isEqualTo(":3: expected the handoff text in en");
        assertThat(error("return_item:\n  handoff: {}\n"))
                .isEqualTo(":2: intent return_item: handoff needs a text per language, en: … and/or zh: …");
        assertThat(error("gift_wrap:\n  reply:\n    en: a\n    en: b\n"))
                .isEqualTo(":4: intent gift_wrap: reply has two en texts");
        assertThat(error("gift_wrap:\n  answer: x\n")).isEqualTo(":2: intent gift_wrap: 'answer' is not faq, reply or handoff");
        assertThat(error("a:\n  faq: x\na:\n  faq: y\n")).isEqualTo(":3: intent a is answered twice");
        assertThat(error("gift_wrap: [x\n")).startsWith(":2: not valid YAML (");
    }

    @Test
    void theShippedFileAnswersNothingAndEveryShippedIntentCountsAsAnswered() throws Exception {
        assertThat(IntentAnswers.read(Path.of("rules/dialogue/intent-answers")).intents()).isEmpty();
        var topics = io.shopdesk.knowledge.IntentTopics.load(Path.of("knowledge-base"),
                Set.of("account", "orders", "coupons", "instalments", "invoices", "shipping", "payment", "refunds",
                        "returns"));
        // The rule sets that read the turn's intent, compiled as the service compiles them.
        List<io.shopdesk.ruleengine.CompiledRuleSet> rules = List.of("dialogue", "escalation", "recommendation").stream()
                .map(name -> io.shopdesk.ruleengine.RuleEngine.compile(Path.of("rules", name))).toList();
        java.util.function.Function<java.util.Collection<String>, Set<String>> byRules = labels -> rules.stream()
                .flatMap(set -> set.selectedValues("intent", labels).stream()).collect(java.util.stream.Collectors.toSet());
        try (var service = new IntentAnswersInService(Path.of("rules/dialogue/intent-answers"), byRules,
                () -> topics.categories().keySet())) {
            List<String> shipped = io.shopdesk.nlp.intent.IntentDataReader.readFolder(Path.of("nlp-models/intents"))
                    .stream().map(io.shopdesk.nlp.intent.IntentExample::intent).distinct().toList();
            assertThat(shipped).hasSize(21);
            assertThat(service.unanswered(shipped)).isEmpty();
            assertThat(service.unanswered(List.of("track_parcel", "greet", "greeting"))).containsExactly("track_parcel", "greet");
        }
    }

    private String error(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve(IntentAnswers.FILE), yaml);
        try {
            IntentAnswers.read(dir);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
            return e.getMessage().substring(file.toString().length());
        }
        throw new AssertionError("no error for " + yaml);
    }
}
