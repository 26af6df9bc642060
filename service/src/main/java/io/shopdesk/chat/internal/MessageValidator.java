package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatException;
import java.util.Map;

/**
 * Refuses a message nobody could answer before any work is spent on it: one that shows nothing (empty, blank, or only
 * characters nothing shows) and one longer than {@code shopdesk.chat.max-message-length}, counted in code points.
 * Thread-safe.
 */
public final class MessageValidator {
    private final int maxLength;

    public MessageValidator(int maxLength) {
        this.maxLength = maxLength;
    }

    /** @throws ChatException {@code empty_message} or {@code message_too_long} (with the limit and the length) */
    public void validate(String text) {
        if (text == null || text.codePoints().allMatch(MessageValidator::invisible)) {
            throw new ChatException("empty_message", "The message is empty", Map.of());
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new ChatException("message_too_long", "The message has " + length + " characters; the limit is "
                    + maxLength, Map.of("limit", maxLength, "length", length));
        }
    }

    /**
     * Blank, or a character nothing shows: zero-width spaces and joiners, the byte-order mark (Unicode format),
     * variation selectors and other combining marks with nothing to combine with, and the blank "letters" used to
     * post empty messages (Hangul fillers, the blank Braille pattern).
     */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
    }
}
