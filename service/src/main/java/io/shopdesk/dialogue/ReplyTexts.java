package io.shopdesk.dialogue;

import io.shopdesk.nlp.Language;
import java.util.Map;

/**
 * The bot's reply texts ({@code rules/dialogue/replies/replies-<lang>.properties}) as other features read them: the
 * chat's error replies, the escalation's hand-off and waiting replies, the carrier names in canned replies. Exists
 * so those features word their replies from the same live files without reaching into {@code dialogue.internal}.
 * Implementations are immutable and thread-safe; {@link DialogueService#texts()} returns the version in service.
 */
public interface ReplyTexts {
    /** The text for {@code key}, with {name} placeholders filled; the key itself when it is missing. */
    String text(Language language, String key, Map<String, ?> values);

    /** The text for {@code key}, which has no placeholders; the key itself when it is missing. */
    String text(Language language, String key);

    /** A label such as status.in_transit or carrier.sf_express; the raw value when there is none. */
    String label(Language language, String prefix, String value);
}
