package io.shopdesk.nlp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the NLP pipeline learned about one message. Immutable and thread-safe: it is the one object the
 * dialogue, risk, escalation and recommendation rules all read.
 *
 * @param languageEvident false when the text alone cannot tell (an order id, digits, "ok"): the conversation's
 *                        language should then be kept
 * @param languageCode    ISO 639-3 code from language detection ("cmn", "eng", "fra"…), for the record
 * @param stageNanos      how long each stage took, by stage name
 */
public record Analysis(String text, Language language, boolean mixedLanguage, boolean languageEvident,
                       String languageCode, List<Token> tokens,
                       List<Entity> entities, IntentPrediction intent, Map<String, Long> stageNanos) {

    public Optional<Entity> firstEntity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    public List<Entity> entities(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).toList();
    }

    /**
     * Whether the message names a product or a kind of product the shop knows: a catalogue product's name or a category
     * word (the products stage's entities). Such a message is about shopping whatever the intent model made of it:
     * "a kettle" is no off-topic chat, and "a phone case" no request for a person.
     */
    public boolean namesProduct() {
        return firstEntity(Entity.PRODUCT).isPresent() || firstEntity(Entity.CATEGORY).isPresent();
    }

    /** The words of the message: its tokens with a letter or a digit (HanLP's words in Chinese). */
    public int wordCount() {
        return (int) tokens.stream().filter(t -> t.text().codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }

    public String intentName() {
        return intent == null ? IntentPrediction.OUT_OF_SCOPE : intent.name();
    }

    public boolean outOfScope() {
        return intent == null || intent.outOfScope();
    }
}
