package io.shopdesk.dialogue;

/**
 * What the team that trains the bot said to do with one of its intents, as the dialogue rules read it
 * ({@code rules/dialogue/intent-answers/intent-answers.yml}): answer with an FAQ entry ({@code kb_answer}, the
 * detail is the entry's id), with the team's own text ({@code intent_reply}, the detail is the intent), or hand the
 * chat to a person ({@code intent_for_agent}, the detail is the intent). Inserted only for the turn's intent, and only
 * when it can be answered in the reply's language, so the generic rule {@code AnswerTeamIntent} can act on it without
 * knowing the intent. Immutable.
 */
public record IntentAnswer(String intent, String action, String detail) {

    public String getIntent() {
        return intent;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
