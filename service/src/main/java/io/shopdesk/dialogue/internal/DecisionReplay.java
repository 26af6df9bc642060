package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleLoopException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replays the recorded conversations ({@link RecordedDecisions}) against a candidate version of the dialogue rules and,
 * message by message, against the live version, and says what is wrong with the candidate: a message on which its
 * rules loop or throw, and a decision that is neither the recorded one nor the live version's. Either reference may
 * stop being one part-way through a conversation: the recorded decisions once the candidate left them (a change the
 * live version shares: a FAQ entry, the intent model or a date moved since the recording), the live version once the
 * candidate decided otherwise (a change the file records); from then on the conversations' states differ, and only the
 * other is compared. A conversation's first problem ends its replay. The same replay checks an edit of the word lists
 * ({@link WordListsReplay}): the candidate is then the live rules with the new lists, the reference the live rules with
 * the lists in service. Not thread-safe: one replay at a time (the engine checks one version at a time).
 */
final class DecisionReplay {
    /** What a message is decided with: a version of the rules, and word lists (null: those in service). */
    record Version(CompiledRuleSet rules, WordLists words) {
    }

    /** The first problem of a conversation: the message it was found on, as typed, and what is wrong. */
    record Problem(String say, String description) {
    }

    private final DialogueService dialogue;
    private final ReplayAnalyses analyses;
    private final String reference;
    private int turns;

    DecisionReplay(DialogueService dialogue, ReplayAnalyses analyses) {
        this(dialogue, analyses, "the live version decides");
    }

    /**
     * @param reference how a problem says what the version compared with decides ("the live version decides", "the
     *                  lists in service decide")
     */
    DecisionReplay(DialogueService dialogue, ReplayAnalyses analyses, String reference) {
        this.dialogue = dialogue;
        this.analyses = analyses;
        this.reference = reference;
    }

    /** How many messages the replays so far decided with the candidate. */
    int turns() {
        return turns;
    }

    /**
     * The problem of the candidate in {@code conversation}, or null when it decides every message as recorded or as
     * {@code live} does ({@code live} null: as recorded). With {@code live} the candidate itself (the version that went
     * live unchecked at start-up, with none before it to compare with) only a loop or a failure is a problem, and the
     * messages are decided once.
     */
    String problem(CompiledRuleSet candidate, CompiledRuleSet live, RecordedDecisions.Conversation conversation) {
        Problem problem = problem(new Version(candidate, null), live == null ? null : new Version(live, null),
                conversation);
        return problem == null ? null : problem.description();
    }

    /** As {@link #problem(CompiledRuleSet, CompiledRuleSet, RecordedDecisions.Conversation)}, for versions of both. */
    Problem problem(Version candidate, Version live, RecordedDecisions.Conversation conversation) {
        ReplayedConversation mine = new ReplayedConversation(dialogue, candidate, conversation);
        boolean itself = live != null && live.equals(candidate);
        ReplayedConversation serving = live == null || itself ? null : new ReplayedConversation(dialogue, live, conversation);
        boolean byRecord = true;
        boolean byLive = serving != null;
        int n = 0;
        for (RecordedDecisions.Turn turn : conversation.turns()) {
            n++;
            String where = "conversation '" + conversation.name() + "', message " + n + " (\"" + turn.say() + "\")";
            Analysis analysis = analyses.of(turn.say());
            Decision decided;
            turns++;
            try {
                decided = mine.decide(turn, analysis);
            } catch (RuleLoopException loop) {
                return new Problem(turn.say(), where + ": the rules loop (" + String.join(", ", loop.loopingRules())
                        + " keep re-activating each other past " + loop.limit() + " firings)");
            } catch (RuntimeException e) {
                return new Problem(turn.say(), where + ": the rules fail: " + rootMessage(e));
            }
            Decision theirs = null;
            if (byLive) {
                try {
                    theirs = serving.decide(turn, analysis);
                } catch (RuntimeException e) {
                    // The live version fails here too (an older edit): only the recorded decision can tell.
                    byLive = false;
                }
            }
            boolean asRecorded = byRecord && turn.recorded(decided);
            boolean asLive = byLive && theirs != null && Objects.equals(decided.getAction(), theirs.getAction())
                    && Objects.equals(decided.getDetail(), theirs.getDetail());
            if (!asRecorded && !asLive && !itself) {
                return new Problem(turn.say(), where + ": decided " + RecordedDecisions.shown(decided.getAction(),
                        decided.getDetail()) + " (rule " + decided.getRule() + "), recorded "
                        + RecordedDecisions.shown(turn.action(), turn.detail()) + (theirs == null ? "" : ", " + reference
                        + " " + RecordedDecisions.shown(theirs.getAction(), theirs.getDetail()))
                        + ": record the decisions again if the change is meant");
            }
            byRecord = asRecorded;
            byLive = asLive;
        }
        return null;
    }

    /** The innermost cause's class and message: Drools wraps a consequence's exception in its own. */
    private static String rootMessage(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        Throwable root = chain.getLast();
        String rule = e.getMessage() != null && e.getMessage().contains("rule") ? " (" + firstLine(e.getMessage()) + ")" : "";
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + rule;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
