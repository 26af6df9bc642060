package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class KbSearchResultTest {

    private static KbHit hit(String id, double probability, double coverage) {
        return new KbHit(new FaqEntry(id, Language.EN, "c", List.of(id + "?"), "a", List.of()), id + "?", 0.5,
                probability, coverage);
    }

    @Test
    void suggestionsAreTheBestHitsWorthOfferingAtMostMax() {
        KbSearchResult result = new KbSearchResult(List.of(hit("a", 0.5, 0.4), hit("b", 0.06, 0.04), hit("c", 0.03,
                0.06), hit("d", 0.3, 0.0), hit("e", 0.2, 0.2), hit("f", 0.1, 0.1)), false);
        // b: confidence 0.05, kept; c: 0.045, dropped; d: 0.15 from the probability alone, no word shared, dropped.
        assertThat(result.suggestions(3)).extracting(h -> h.entry().id()).containsExactly("a", "b", "e");
        assertThat(result.suggestions(10)).extracting(h -> h.entry().id()).containsExactly("a", "b", "e", "f");
        assertThat(result.suggestions(1)).extracting(h -> h.entry().id()).containsExactly("a");
    }

    @Test
    void aQuestionSharingNothingWithTheFaqGetsNoSuggestions() {
        assertThat(new KbSearchResult(List.of(hit("a", 0.02, 0.0), hit("b", 0.01, 0.0)), false).suggestions(3)).isEmpty();
        assertThat(KbSearchResult.EMPTY.suggestions(3)).isEmpty();
    }
}
