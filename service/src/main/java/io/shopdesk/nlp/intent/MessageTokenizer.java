package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Token;
import java.util.List;

/**
 * Language detection and tokenisation, the part of the NLP pipeline that intent features are built on. Training
 * uses the same implementation as serving, so features match. Implementations are thread-safe.
 */
public interface MessageTokenizer {

    /** The message's language and tokens; a token's part of speech may be null (intent features read words only). */
    record Tokenized(Language language, List<Token> tokens) {
    }

    Tokenized tokenize(String text);
}
