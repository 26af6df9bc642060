package io.shopdesk.nlp.review.internal;

import java.time.Instant;
import java.util.Set;

/**
 * Identical shopper messages ({@link MessageKey}) that the bot did not place, as the inbox groups them. Immutable.
 *
 * @param text                 the newest message's text as the shopper typed it (trimmed)
 * @param language             the language the pipeline found in the newest message ({@code zh}, {@code en})
 * @param reasons              why they are in the inbox: {@code out_of_scope}, {@code fallback}, {@code low_confidence}
 * @param sampleConversationId the conversation of the newest message, to read it in context
 * @param botRule              the rule of the bot's answer to the newest message ({@code Fallback}, {@code DeclineOffTopic}…),
 *                             null when the bot did not answer it (an agent held the chat)
 * @param botReply             that answer's type ({@code fallback}, {@code kb_answer}…), null likewise
 * @param intent               what the model of the day made of the newest message, and its confidence
 */
record MissedMessage(String key, String text, String language, int count, Instant firstSeen, Instant lastSeen,
                     Set<String> reasons, String sampleConversationId, String botRule, String botReply, String intent,
                     Double confidence) {
}
