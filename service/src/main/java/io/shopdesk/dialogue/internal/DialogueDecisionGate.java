package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.DialogueSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The dialogue rule set's reload gate: a new version goes live only if, replayed against the recorded conversations
 * ({@code gate/decisions.yml}, {@link RecordedDecisions}) with no conversation or database touched
 * ({@link DialogueService#replay}), its rules neither loop nor throw on any message and decide each as recorded or as
 * the live version does ({@link DecisionReplay}). Otherwise the live version keeps serving and the problems are
 * reported as any rule set's (the log, the rule set's status in {@code /actuator/health}). Before it, a dialogue file
 * that compiled went live even when it looped or threw on every turn, and every shopper then got the fallback.
 *
 * <p>At start-up nothing serves yet and the service's language models may still load, so the gate does not check then
 * ({@link #checksAtStartUp}): the engine starts on the last version that went live when the files on disk are not its
 * files, and {@link StartUpReplay} has them replayed once the stages the recorded decisions are made with are
 * ready (not CoreNLP: {@link ReplayAnalyses}). With
 * {@code shopdesk.dialogue.replay-at-start-up=false} the files on disk go live unreplayed, as before stop 30 (the log
 * says so). Every reload, rollback and draft check replays. An edit of the recorded
 * file alone re-checks that it reads. Thread-safe: the engine runs one check at a time; the analyses it keeps are
 * thread-safe.
 */
@Component
class DialogueDecisionGate implements RuleSetGate {
    private static final Logger log = LoggerFactory.getLogger(DialogueDecisionGate.class);
    /** The problems a refusal lists at most: the first few show what broke, hundreds would bury it. */
    static final int MAX_PROBLEMS = 20;

    private final DialogueSettings settings;
    private final ObjectProvider<RuleEngine> rules;
    private final ObjectProvider<DialogueService> dialogue;
    private final ReplayAnalyses analyses;

    DialogueDecisionGate(DialogueSettings settings, ObjectProvider<RuleEngine> rules,
                         ObjectProvider<DialogueService> dialogue, ReplayAnalyses analyses) {
        this.settings = settings;
        this.rules = rules;
        this.dialogue = dialogue;
        this.analyses = analyses;
    }

    @Override
    public String ruleSet() {
        return settings.ruleSet();
    }

    @Override
    public boolean checksAtStartUp() {
        return !settings.replayAtStartUp();
    }

    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate) {
        return check(candidate, rules.getObject().folder(settings.ruleSet()));
    }

    /** The recorded conversations of {@code folder} (the live folder, or a draft's copy) against {@code candidate}. */
    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate, Path folder) {
        Optional<CompiledRuleSet> live = rules.getObject().serving(settings.ruleSet());
        Path file = folder.resolve(RecordedDecisions.FILE);
        List<RecordedDecisions.Conversation> recorded;
        try {
            recorded = RecordedDecisions.read(file);
        } catch (IllegalArgumentException e) {
            return List.of(new RuleProblem(file.toString(), 0, e.getMessage()));
        }
        if (live.isEmpty()) {
            log.info("Dialogue rules version {}: nothing serves yet (start-up), so {} is not replayed", candidate.version(),
                    RecordedDecisions.FILE);
            return List.of();
        }
        return replay(candidate, live.get(), recorded, file);
    }

    /** Only the recorded file changed: the live version is its own reference, so it passes if the file reads. */
    @Override
    public List<RuleProblem> recheck(CompiledRuleSet live) {
        Path file = rules.getObject().folder(settings.ruleSet()).resolve(RecordedDecisions.FILE);
        try {
            RecordedDecisions.read(file);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(new RuleProblem(file.toString(), 0, e.getMessage()));
        }
    }

    /**
     * The word lists' refused edit, or their wait for the check at start-up ({@link WordListsInService}), reported with
     * the rule set's status: until stop 32 only the log and {@code DialogueService.wordListProblems()} said it.
     */
    @Override
    public List<RuleProblem> refusedData() {
        DialogueService service = dialogue.getIfAvailable();
        return service == null ? List.of() : service.wordListRuleProblems();
    }

    /** The recorded file, which a version is checked against and every history entry keeps. */
    @Override
    public Map<String, String> checkedFiles() {
        Path file = rules.getObject().folder(settings.ruleSet()).resolve(RecordedDecisions.FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return Map.of(RecordedDecisions.FILE, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private List<RuleProblem> replay(CompiledRuleSet candidate, CompiledRuleSet live,
                                     List<RecordedDecisions.Conversation> recorded, Path file) {
        // CPU time too: on a shared machine the wall time says more about the neighbours than about the replay.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        DecisionReplay replay = new DecisionReplay(dialogue.getObject(), analyses);
        List<String> found = new ArrayList<>();
        for (RecordedDecisions.Conversation conversation : recorded) {
            String problem = replay.problem(candidate, live, conversation);
            if (problem != null) {
                found.add(problem);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        log.info("Dialogue rules version {} replayed {} messages of {} recorded conversations against version {} in {} ms "
                + "({} ms CPU): {} problems", candidate.version(), replay.turns(), recorded.size(), live.version(), millis,
                cpuMillis, found.size());
        List<RuleProblem> problems = new ArrayList<>();
        found.stream().limit(MAX_PROBLEMS).forEach(p -> problems.add(new RuleProblem(file.toString(), 0, p)));
        if (found.size() > MAX_PROBLEMS) {
            problems.add(new RuleProblem(file.toString(), 0, "and " + (found.size() - MAX_PROBLEMS)
                    + " more conversations decided otherwise"));
        }
        return problems;
    }
}
