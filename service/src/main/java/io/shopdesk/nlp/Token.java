package io.shopdesk.nlp;

/** One word of the message with its part of speech and character span {@code [start, end)} in the original text. */
public record Token(String text, String pos, int start, int end) {
}
