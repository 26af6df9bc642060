package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The word lists' reload gate: an edit of {@code words/} replaces the lists in service only if the live rules, reading
 * the edited lists, decide every recorded message of {@code gate/decisions.yml} as recorded or as they do with the lists
 * in service, and neither loop nor throw on one ({@link DecisionReplay}, as the rules' own gate,
 * {@link DialogueDecisionGate}). Until stop 31 the lists were only parse-checked: a yes removed from
 * {@code words/yes-en.csv} changed the answer to every "sure" after a question, and nothing said so. A refusal names
 * the line of the list behind it ({@code words/yes-en.csv:7: 'sure' was removed (it was on this line)}, the term the
 * message is made of; every change when the message contains none), then the conversation, the message and the
 * decisions. An edit that changes no term (a comment, the order of the lines) is not replayed. Nothing is replayed while
 * no rule version serves. Thread-safe: each check replays on a state of its own; the analyses it reads are shared.
 */
public final class WordListsReplay implements WordListsGate {
    private static final Logger log = LoggerFactory.getLogger(WordListsReplay.class);

    private final DialogueService dialogue;
    private final RuleEngine rules;
    private final String ruleSet;
    private final ReplayAnalyses analyses;

    public WordListsReplay(DialogueService dialogue, RuleEngine rules, String ruleSet, ReplayAnalyses analyses) {
        this.dialogue = dialogue;
        this.rules = rules;
        this.ruleSet = ruleSet;
        this.analyses = analyses;
    }

    @Override
    public List<String> problems(WordLists inService, WordLists candidate) {
        List<WordLists.Change> changes = candidate.changesFrom(inService);
        Optional<CompiledRuleSet> live = rules.serving(ruleSet);
        if (changes.isEmpty() || live.isEmpty()) {
            return List.of();
        }
        Path file = rules.folder(ruleSet).resolve(RecordedDecisions.FILE);
        List<RecordedDecisions.Conversation> recorded;
        try {
            recorded = RecordedDecisions.read(file);
        } catch (IllegalArgumentException e) {
            return List.of(file + ": " + e.getMessage() + " (the word lists are replayed against it)");
        }
        long start = System.nanoTime();
        DecisionReplay replay = new DecisionReplay(dialogue, analyses, "the lists in service decide");
        DecisionReplay.Version edited = new DecisionReplay.Version(live.get(), candidate);
        DecisionReplay.Version serving = new DecisionReplay.Version(live.get(), inService);
        List<String> problems = new ArrayList<>();
        int refused = 0;
        for (RecordedDecisions.Conversation conversation : recorded) {
            DecisionReplay.Problem problem = replay.problem(edited, serving, conversation);
            if (problem == null) {
                continue;
            }
            refused++;
            if (problems.size() < DialogueDecisionGate.MAX_PROBLEMS) {
                List<WordLists.Change> behind = WordLists.behind(problem.say(), changes);
                problems.add(behind.getFirst() + (behind.size() > 1 ? " (and " + String.join(", ",
                        behind.subList(1, behind.size()).stream().map(c -> "line " + c.line() + " of "
                                + c.file().getFileName()).toList()) + ")" : "") + ": " + file + ": "
                        + problem.description());
            }
        }
        if (refused > problems.size()) {
            problems.add(file + ": and " + (refused - problems.size()) + " more conversations decided otherwise");
        }
        log.info("Dialogue word lists ({} changed terms) replayed {} messages of {} recorded conversations with version {} "
                + "in {} ms: {} problems", changes.size(), replay.turns(), recorded.size(), live.get().version(),
                (System.nanoTime() - start) / 1_000_000, refused);
        return problems;
    }
}
