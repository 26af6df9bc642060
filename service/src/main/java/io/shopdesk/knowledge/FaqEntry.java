package io.shopdesk.knowledge;

import io.shopdesk.nlp.Language;
import java.util.List;

/** One question-and-answer of the FAQ in one language; the same id names the same entry in every language. */
public record FaqEntry(String id, Language language, String category, List<String> questions, String answer,
                       List<String> tags) {
}
