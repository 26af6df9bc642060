package io.shopdesk.nlp.intent;

/** One labelled training or test message. */
public record IntentExample(String text, String intent) {
}
