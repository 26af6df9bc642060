package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer within an intent's FAQ categories, and the file that names them. */
class TopicAnswerTest {
    static final TopicAnswer POLICY = new TopicAnswer(0.8, 0.5, 0.1, 0.12);

    static KbHit hit(String id, String category, double probability, double coverage) {
        FaqEntry entry = new FaqEntry(id, Language.EN, category, List.of(id + "?"), "answer " + id, List.of());
        return new KbHit(entry, id + "?", probability, probability, coverage);
    }

    @Test
    void theTopicsClearlyLeadingEntryIsTheAnswer() {
        List<KbHit> hits = List.of(hit("refunds-method", "refunds", 0.20, 0.18), hit("returns-exchange", "returns", 0.24, 0.42),
                hit("returns-how-to", "returns", 0.05, 0.2), hit("returns-exchange", "returns", 0.10, 0.5),
                hit("coupons-where", "coupons", 0.3, 0.4));
        KbSearchResult answer = POLICY.answer(Set.of("returns"), 0.95, hits).orElseThrow();
        assertThat(answer.confident()).isTrue();
        assertThat(answer.topic()).isEqualTo("returns");
        assertThat(answer.hits()).extracting(h -> h.entry().id())
                .containsExactly("returns-exchange", "returns-how-to", "refunds-method", "coupons-where");
        assertThat(answer.hits().getFirst().probability()).as("an entry's best hit counts").isEqualTo(0.24);
    }

    @Test
    void theSearchsFirstHitInTheTopicIsTheAnswerWithTheFloorsOfEveryAnswer() {
        KbSearchResult searched = new KbSearchResult(List.of(hit("account-register", "account", 0.18, 0.26),
                hit("account-delete", "account", 0.22, 0.29), hit("account-locked", "account", 0.2, 0.12),
                hit("orders-track", "orders", 0.03, 0.13)), false);
        KbSearchResult answer = POLICY.firstHitInTopic(Set.of("account"), 0.99, searched).orElseThrow();
        assertThat(answer.confident()).isTrue();
        assertThat(answer.topic()).isEqualTo("account");
        assertThat(answer.answer().orElseThrow().entry().id()).isEqualTo("account-register");
        assertThat(POLICY.answer(Set.of("account"), 0.99, searched.hits())).as("no clear leader by probability").isEmpty();

        assertThat(POLICY.firstHitInTopic(Set.of("orders"), 0.99, searched)).as("first hit outside the topic").isEmpty();
        assertThat(POLICY.firstHitInTopic(Set.of("account"), 0.7, searched)).as("intent not sure enough").isEmpty();
        assertThat(POLICY.firstHitInTopic(Set.of(), 0.99, searched)).as("an intent without a topic").isEmpty();
        assertThat(POLICY.firstHitInTopic(Set.of("account"), 0.99, new KbSearchResult(
                List.of(hit("account-register", "account", 0.11, 0.5)), false))).as("below the probability floor").isEmpty();
        assertThat(POLICY.firstHitInTopic(Set.of("account"), 0.99, new KbSearchResult(
                List.of(hit("account-register", "account", 0.3, 0.05)), false))).as("covers too little").isEmpty();
        assertThat(POLICY.firstHitInTopic(Set.of("account"), 0.99, KbSearchResult.EMPTY)).isEmpty();
    }

    @Test
    void noAnswerWithoutALeaderAnUnsureIntentTooLittleCoverageOrNoHitInTheTopic() {
        List<KbHit> split = List.of(hit("returns-exchange", "returns", 0.2, 0.4), hit("returns-how-to", "returns", 0.21, 0.4),
                hit("returns-period", "returns", 0.1, 0.4));
        assertThat(POLICY.answer(Set.of("returns"), 0.95, split)).isEmpty();
        List<KbHit> lead = List.of(hit("returns-exchange", "returns", 0.3, 0.4), hit("returns-how-to", "returns", 0.1, 0.4));
        assertThat(POLICY.answer(Set.of("returns"), 0.95, lead)).isPresent();
        assertThat(POLICY.answer(Set.of("returns"), 0.7, lead)).as("intent not sure enough").isEmpty();
        assertThat(POLICY.answer(Set.of(), 0.95, lead)).as("an intent without a topic").isEmpty();
        assertThat(POLICY.answer(Set.of("coupons"), 0.95, lead)).as("nothing in the topic").isEmpty();
        assertThat(POLICY.answer(Set.of("returns"), 0.95, List.of(hit("returns-exchange", "returns", 0.3, 0.05))))
                .as("covers too little of the question").isEmpty();
        assertThat(POLICY.answer(Set.of("refunds"), 0.95, List.of(hit("refunds-partial", "refunds", 0.104, 0.4),
                hit("refunds-instalment-orders", "refunds", 0.045, 0.3)))).as("a leader of near-zero probabilities").isEmpty();
    }

    @Test
    void withoutAnAnswerTheTopicsEntriesAreSuggestedFirst() {
        List<KbHit> hits = List.of(hit("refunds-method", "refunds", 0.20, 0.18), hit("returns-policy", "returns", 0.07, 0.18),
                hit("returns-non-returnable", "returns", 0.04, 0.5), hit("returns-policy", "returns", 0.08, 0.2));
        KbSearchResult searched = new KbSearchResult(hits.subList(0, 1), false);
        assertThat(POLICY.answer(Set.of("returns"), 0.99, hits)).as("0.08 is under the probability floor").isEmpty();
        KbSearchResult suggested = POLICY.suggestions(Set.of("returns"), 0.99, searched, hits);
        assertThat(suggested.confident()).isFalse();
        assertThat(suggested.hits()).extracting(h -> h.entry().id())
                .containsExactly("returns-policy", "returns-non-returnable", "refunds-method");
        assertThat(POLICY.suggestions(Set.of("returns"), 0.5, searched, hits)).as("intent unsure").isSameAs(searched);
        assertThat(POLICY.suggestions(Set.of("coupons"), 0.99, searched, hits)).as("nothing in the topic").isSameAs(searched);
    }

    @Test
    void theTopicsFileIsReadAndChecked(@TempDir Path source) throws Exception {
        assertThat(IntentTopics.load(source, Set.of("returns"))).isEqualTo(IntentTopics.NONE);
        Path file = source.resolve(IntentTopics.FILE);
        Files.writeString(file, "return_policy: [returns, refunds]\ncoupon: [coupons]\n", StandardCharsets.UTF_8);
        IntentTopics topics = IntentTopics.load(source, Set.of("returns", "refunds", "coupons"));
        assertThat(topics.of("return_policy")).containsExactlyInAnyOrder("returns", "refunds");
        assertThat(topics.of("greeting")).isEmpty();
        assertThatThrownBy(() -> IntentTopics.load(source, Set.of("returns", "refunds")))
                .hasMessageContaining(IntentTopics.FILE).hasMessageContaining("'coupons', which no FAQ entry has");
        Files.writeString(file, "return_policy: [returns\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IntentTopics.load(source, Set.of("returns"))).hasMessageContaining("not valid YAML");
        Files.writeString(file, "return_policy:\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IntentTopics.load(source, Set.of("returns"))).hasMessageContaining("needs a list of FAQ categories");
    }

    @Test
    void theShippedTopicsNameOnlyShippedCategories() {
        Path source = Path.of("knowledge-base");
        Set<String> categories = new java.util.HashSet<>();
        for (Language language : Language.values()) {
            io.shopdesk.knowledge.internal.FaqLoader.load(source, language).forEach(e -> categories.add(e.category()));
        }
        assertThat(IntentTopics.load(source, categories).of("return_policy")).contains("returns");
    }
}
