package io.shopdesk.escalation;

import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the shopper reads when a person takes over: the bot's own answer when it still helps, then the hand-off message
 * of the first reason ({@code handoff.<reason>} in {@code rules/dialogue/replies/}). Stateless and thread-safe.
 */
final class HandoffReplies {
    /** Reasons after which the bot's own answer is useless: the hand-off message replaces it. */
    private static final Set<String> REPLACING = Set.of("EXPLICIT_REQUEST", "REPEATED_FALLBACK");

    private HandoffReplies() {
    }

    /** The replies of a turn that {@code check} escalates, in {@code language} (a tag; Chinese when unknown). */
    static List<Reply> of(EscalationCheck check, List<Reply> botReplies, String language, DialogueService dialogue) {
        EscalationReason first = check.reasons().getFirst();
        String code = first.code().toLowerCase(Locale.ROOT);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", code);
        data.put("rule", first.rule());
        data.put("priority", check.priority());
        data.put("team", check.team());
        Reply handoff = new Reply("handoff", dialogue.texts().text(Language.fromTag(language, Language.ZH),
                "handoff." + code), data);
        List<Reply> replies = new ArrayList<>();
        // A fallback or a complaint's "tell me what went wrong" is no help once a person takes over: the hand-off
        // replaces it.
        boolean botHelped = botReplies.stream().noneMatch(r -> "fallback".equals(r.type()) || "handoff".equals(r.type())
                || "complaint".equals(r.data().get("code")));
        if (botHelped && !REPLACING.contains(first.code())) {
            replies.addAll(botReplies);
        }
        replies.add(handoff);
        return List.copyOf(replies);
    }
}
