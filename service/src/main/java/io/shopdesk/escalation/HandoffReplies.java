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
 * of the first reason ({@code handoff.<reason>} in {@code rules/dialogue/replies/}), followed by the truth about when a
 * person answers when nobody can now (the rules' {@link AgentAvailability} answer: all agents busy or away, or outside
 * business hours; {@link DeskAvailability#sentence}). Stateless and thread-safe.
 */
final class HandoffReplies {
    /** Reasons after which the bot's own answer is useless: the hand-off message replaces it. */
    private static final Set<String> REPLACING = Set.of("EXPLICIT_REQUEST", "REPEATED_FALLBACK", "TEAM_INTENT");

    private HandoffReplies() {
    }

    /**
     * The replies of a turn that {@code check} escalates, in {@code language} (a tag; Chinese when unknown);
     * {@code availability} as the rules answered it, {@code position} the place the escalation will take in the queue.
     */
    static List<Reply> of(EscalationCheck check, List<Reply> botReplies, String language, DialogueService dialogue,
                          AgentAvailability availability, int position, DeskAvailability desk) {
        EscalationReason first = check.reasons().getFirst();
        String code = first.code().toLowerCase(Locale.ROOT);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", code);
        data.put("rule", first.rule());
        data.put("priority", check.priority());
        data.put("team", check.team());
        String answer = availability.answer();
        data.put("availability", answer);
        data.put("availabilityRule", availability.decidedBy());
        data.put("agentsAvailable", AgentAvailability.AVAILABLE.equals(answer));
        data.put("opensAt", AgentAvailability.CLOSED.equals(answer) ? desk.nextOpening().toOffsetDateTime().toString() : null);
        data.put("hours", desk.hoursData());
        Language lang = Language.fromTag(language, Language.ZH);
        String text = teamHandoffText(check, botReplies).orElseGet(() -> dialogue.texts().text(lang, "handoff." + code));
        String truth = desk.sentence(availability, lang, position);
        Reply handoff = new Reply("handoff", truth.isEmpty() ? text : text + (lang == Language.ZH ? "" : " ") + truth,
                data);
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

    /**
     * The team's own hand-off text for its intent ({@code intent-answers.yml}, {@code handoff: {en: …, zh: …}}), which
     * the dialogue put in its {@code intent_for_agent} reply, when the team's intent is what takes the chat over.
     */
    private static java.util.Optional<String> teamHandoffText(EscalationCheck check, List<Reply> botReplies) {
        if (!"TEAM_INTENT".equals(check.reasons().getFirst().code())) {
            return java.util.Optional.empty();
        }
        return botReplies.stream()
                .filter(r -> "intent_for_agent".equals(r.data().get("code")) && Boolean.TRUE.equals(r.data().get("teamText")))
                .map(Reply::text).findFirst();
    }
}
