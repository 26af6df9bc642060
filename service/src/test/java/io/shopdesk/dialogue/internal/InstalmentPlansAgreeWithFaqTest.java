package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Language;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shipped plan table and the words about instalments agree, in both languages: the FAQ's instalment entries and the
 * pre-check's "available" reply name exactly the table's terms, and the interest-free terms and threshold. An edit to
 * one that forgets the other fails here rather than in front of a shopper who is quoted a plan the FAQ denies.
 */
class InstalmentPlansAgreeWithFaqTest {
    static final InstalmentPlans PLANS = InstalmentPlans.read(Path.of("knowledge-base/instalments/instalment-plans.csv"));
    static final ReplyTemplates TEXTS = ReplyTemplates.load(Path.of("rules/dialogue/replies"));
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    static String answer(Language language, String id) {
        List<Map<String, Object>> entries = new YAMLMapper().readValue(
                Path.of("knowledge-base/faq/faq-" + language.code() + ".yml").toFile(),
                new TypeReference<List<Map<String, Object>>>() { });
        return entries.stream().filter(e -> id.equals(e.get("id"))).map(e -> (String) e.get("answer")).findFirst()
                .orElseThrow(() -> new AssertionError("no FAQ entry " + id + " in " + language));
    }

    /** The whole numbers a text names that can be a term (at most 60), and the others. */
    static Set<Integer> terms(String text) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group());
            if (n <= 60) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    static Set<Integer> freeTerms(String provider) {
        Set<Integer> free = new TreeSet<>();
        PLANS.of(provider).stream().filter(p -> p.interestFreeOver() != null).forEach(p -> free.add(p.months()));
        return free;
    }

    @Test
    void theFaqAndTheAvailableReplyNameTheTablesTerms() {
        for (Language language : Language.values()) {
            assertThat(terms(answer(language, "instalments-options"))).as(language + " instalments-options")
                    .isEqualTo(PLANS.terms(null));
            assertThat(terms(answer(language, "instalments-huabei"))).as(language + " instalments-huabei")
                    .isEqualTo(PLANS.terms("huabei"));
            assertThat(terms(answer(language, "instalments-credit-card"))).as(language + " instalments-credit-card")
                    .isEqualTo(PLANS.terms("credit_card"));
            assertThat(terms(TEXTS.text(language, "instalments_available"))).as(language + " instalments_available")
                    .isEqualTo(PLANS.terms(null));
        }
    }

    @Test
    void theInterestFreeTermsAndTheirThresholdAreTheFaqs() {
        Set<BigDecimal> thresholds = new TreeSet<>();
        PLANS.all().stream().filter(p -> p.interestFreeOver() != null).forEach(p -> thresholds.add(p.interestFreeOver()));
        assertThat(thresholds).as("one threshold, as the FAQ words it").hasSize(1);
        String threshold = thresholds.iterator().next().stripTrailingZeros().toPlainString();
        assertThat(freeTerms("huabei")).isEqualTo(freeTerms("credit_card"));
        for (Language language : Language.values()) {
            for (String text : List.of(answer(language, "instalments-interest"), answer(language, "instalments-options"),
                    TEXTS.text(language, "instalments_available"))) {
                assertThat(text).as(language + ": " + text).contains(threshold);
                assertThat(terms(text)).as(language + ": " + text).containsAll(freeTerms("huabei"));
            }
            // "Over ¥600", never "¥600 and more": 600 itself pays the fee, as the table's interest_free_over says.
            assertThat(answer(language, "instalments-options")).doesNotContain("满 600").doesNotContain("满600");
        }
    }
}
