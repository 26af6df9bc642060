package io.shopdesk.dialogue.internal;

import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.IntentCoverage;
import io.shopdesk.nlp.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the FAQ search answers an intent nothing else answers: its examples are searched as shoppers' messages are
 * ({@link KnowledgeBase#search(String, Language)}, with the knowledge base's answer gate), and when at least half of
 * them get an answer, the FAQ answers the intent's messages in practice (a team's invoice_request got three shipped
 * invoice entries, one for each way of asking). The release job and the review
 * page then say "answered by the FAQ search" instead of "unanswered" (a team's {@code price_match} got the shipped
 * price-protection answer while it was listed as unanswered). Thread-safe: the knowledge base is.
 */
final class FaqSearchCoverage {
    /** How many examples of an intent are searched: enough to see a majority, few enough for the review page. */
    static final int TRIED = 20;

    private final KnowledgeBase knowledge;

    FaqSearchCoverage(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    List<IntentCoverage.SearchAnswer> answered(Map<String, List<String>> examples) {
        List<IntentCoverage.SearchAnswer> found = new ArrayList<>();
        examples.forEach((intent, texts) -> {
            List<String> tried = texts.subList(0, Math.min(TRIED, texts.size()));
            Map<String, Integer> byEntry = new LinkedHashMap<>();
            for (String text : tried) {
                knowledge.search(text, language(text)).answer().map(KbHit::entry)
                        .ifPresent(entry -> byEntry.merge(entry.id(), 1, Integer::sum));
            }
            int answered = byEntry.values().stream().mapToInt(Integer::intValue).sum();
            if (answered > 0 && 2 * answered >= tried.size()) {
                List<String> entries = byEntry.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
                found.add(new IntentCoverage.SearchAnswer(intent, entries, answered, tried.size()));
            }
        });
        return found;
    }

    /** Chinese when the text has a Han character, as the FAQ files are split; English otherwise. */
    private static Language language(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Language.ZH : Language.EN;
    }
}
