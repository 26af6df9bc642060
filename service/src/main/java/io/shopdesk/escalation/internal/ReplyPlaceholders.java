package io.shopdesk.escalation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of canned replies: which names a reply may use, filling them from what the
 * conversation's context knows, and finding the ones left. A placeholder with no value stays as it is, visibly
 * {@code {orderId}}, so the agent sees what to fill in, and {@link #in} finding it keeps such a reply from reaching the
 * shopper. Stateless, thread-safe.
 */
public final class ReplyPlaceholders {
    /** The names a canned reply may use, each filled from the conversation's context ({@link CannedReplyValues}). */
    public static final Set<String> NAMES = Set.of("customerName", "agentName", "orderId", "trackingNumber", "carrier");

    /** Any {@code {word}}: an agent's message with one left is refused, whatever the word. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private ReplyPlaceholders() {
    }

    /** The placeholder names of {@code text} in order of appearance, each once. */
    public static List<String> in(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** {@code template} with every placeholder that has a non-blank value replaced; the others stay as they are. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
