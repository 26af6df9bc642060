package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Language;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team's answers for its own intents (an FAQ entry, a text, a person; {@code rules/<set>/intent-answers/}, read by
 * the generic rule {@code AnswerTeamIntent}) and the hand-off texts it wrote: whether a decision's reply is the team's
 * own text and that reply, and which intents nothing answers (for the release job). Split out of the dialogue service
 * so that it gathers facts and decides, and this owns the team's texts. Thread-safe: the answers in service are
 * immutable and swapped whole by {@link IntentAnswersInService}; the rule sets are asked through the engine's live
 * versions.
 */
public final class TeamIntentReplies implements AutoCloseable {
    private final RuleEngine rules;
    private final IntentAnswersInService answers;
    private final FaqSearchCoverage faqSearch;

    /**
     * @param ruleSetFolder the dialogue rule set's folder, whose {@code intent-answers/} is read and watched
     */
    public TeamIntentReplies(RuleEngine rules, Path ruleSetFolder, KnowledgeBase knowledge) {
        this.rules = rules;
        this.answers = new IntentAnswersInService(ruleSetFolder.resolve(IntentAnswers.FOLDER), this::selectedByRules,
                knowledge::intentsWithTopics);
        this.faqSearch = new FaqSearchCoverage(knowledge);
    }

    /** The answers in service. */
    public IntentAnswers answers() {
        return answers.answers();
    }

    /**
     * The intents nothing answers: not in {@code intent-answers.yml}, named by no rule, not searched by FAQ topic.
     */
    public List<String> unanswered(Collection<String> labels) {
        return answers.unanswered(labels);
    }

    /** Of the intents given with their examples, those the FAQ search answers ({@link FaqSearchCoverage}). */
    public List<io.shopdesk.nlp.IntentCoverage.SearchAnswer> answeredBySearch(Map<String, List<String>> examples) {
        return faqSearch.answered(examples);
    }

    /**
     * Whether the turn's reply is the team's own text for its intent: its answer ({@code intent_reply}), or what the
     * shopper reads as a person takes over ({@code intent_for_agent}) when the team wrote one in this language.
     */
    public boolean isTeamText(Decision decision, Language language) {
        return "intent_reply".equals(decision.getAction()) || "intent_for_agent".equals(decision.getAction())
                && answers().reply(decision.getDetail(), language).isPresent();
    }

    /**
     * The team's own text for its intent (the detail is the intent); {@code data.teamText} tells the escalation's
     * hand-off to say it in place of the general {@code handoff.team_intent}.
     */
    public Reply reply(Decision decision, Language language) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", decision.getRule());
        data.put("code", decision.getAction());
        data.put("intent", decision.getDetail());
        data.put("teamText", true);
        return new Reply("text", answers().reply(decision.getDetail(), language).orElseThrow(), data);
    }

    /** Of {@code labels}, the intents a rule set in service selects (dialogue, escalation, recommendation, …). */
    private Set<String> selectedByRules(Collection<String> labels) {
        Set<String> selected = new HashSet<>();
        for (String name : rules.names()) {
            rules.serving(name).ifPresent(set -> selected.addAll(set.selectedValues("intent", labels)));
        }
        return selected;
    }

    @Override
    public void close() {
        answers.close();
    }
}
