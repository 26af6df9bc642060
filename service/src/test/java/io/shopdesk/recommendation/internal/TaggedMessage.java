package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A message as the pipeline tags it, written "word/POS" separated by spaces ("do/AUX you/PRON sell/VERB sofas/ADV"),
 * for tests of what is read from the tags. The tags in the tests are those the shipped pipeline gives (OpenNLP's
 * universal tags in English, HanLP's in Chinese), quirks included.
 */
final class TaggedMessage {
    private TaggedMessage() {
    }

    static Analysis analysis(Language language, String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (language == Language.EN && !text.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
                text.append(' ');
            }
            tokens.add(new Token(word, pair.substring(slash + 1), text.length(), text.length() + word.length()));
            text.append(word);
        }
        return new Analysis(text.toString(), language, false, true, language.code(), tokens, List.of(), null, Map.of());
    }

    static Analysis english(String tagged) {
        return analysis(Language.EN, tagged);
    }

    static Analysis chinese(String tagged) {
        return analysis(Language.ZH, tagged);
    }
}
