package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.CandidateCheck;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Changes of the risk rules proposed, checked and published by risk officers, the way the reload gate takes an edit
 * on disk: a draft is checked on a copy of the folder (compile errors by file and line, the scenarios, and a replay of
 * the stored decisions through it, {@link RollbackPreview#compare}) without going live, and publishing writes its
 * files into the folder and reloads them ({@link RuleEngine#publish}): a version the gate refuses is taken back off
 * the disk and the live one keeps serving. None of it runs on a decision's path: checks compile on the engine's
 * draft thread, publishes on its reload thread. Thread-safe.
 */
@Component
class RuleDrafts {
    static final int MAX_REASON = 300;
    static final int MAX_FILE_CHARS = 1_000_000;
    /** Flipped decisions a check lists, newest first. */
    static final int SAMPLE = 100;

    private final RuleEngine rules;
    private final RiskSettings settings;
    private final DraftFiles files;
    private final RuleDraftRepository drafts;
    private final RollbackPreview replay;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RuleDrafts(RuleEngine rules, RiskSettings settings, DraftFiles files, RuleDraftRepository drafts,
               RollbackPreview replay, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.settings = settings;
        this.files = files;
        this.drafts = drafts;
        this.replay = replay;
        this.events = events;
        this.clock = clock;
    }

    /** What an officer proposes: the full new text of each changed file, the files to delete, on which version. */
    record Proposal(String baseVersion, Map<String, String> files, List<String> deletions, String reason) {
    }

    /**
     * Stores a draft made on the live version, with each touched file's text now (what publishing checks has not
     * moved).
     *
     * @throws DecisionQuery.Invalid with field errors for a bad proposal
     * @throws StaleDraftException   when {@code baseVersion} is no longer live
     */
    RuleDraft propose(Proposal proposal, String officer) {
        Map<String, String> changes = proposal.files() == null ? Map.of() : proposal.files();
        List<String> deletions = proposal.deletions() == null ? List.of() : proposal.deletions();
        validate(proposal, changes, deletions);
        String live = liveVersion();
        if (!proposal.baseVersion().strip().equals(live)) {
            RuleDraft unsaved = new RuleDraft(0, settings.ruleSet(), proposal.baseVersion().strip(), changes, deletions,
                    Map.of(), proposal.reason(), officer, clock.instant(), RuleDraft.OPEN, null, null, null, null);
            throw new StaleDraftException(unsaved, live, List.of());
        }
        Map<String, String> base = new TreeMap<>();
        changes.keySet().forEach(p -> base.put(p, files.current(p)));
        deletions.forEach(p -> base.put(p, files.current(p)));
        boolean changesSomething = deletions.stream().anyMatch(p -> base.get(p) != null)
                || changes.entrySet().stream().anyMatch(c -> !Objects.equals(base.get(c.getKey()), c.getValue()));
        if (!changesSomething) {
            throw new DecisionQuery.Invalid(Map.of("files", "the draft changes nothing: every file is as it is now"));
        }
        return drafts.add(settings.ruleSet(), live, changes, deletions, base, ListEntries.oneLine(proposal.reason()),
                officer, clock.instant());
    }

    private static void validate(Proposal proposal, Map<String, String> changes, List<String> deletions) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (proposal.baseVersion() == null || proposal.baseVersion().isBlank()) {
            errors.put("baseVersion", "required: the live version the draft is made on");
        }
        if (proposal.reason() == null || proposal.reason().isBlank()) {
            errors.put("reason", "required: why the rules change");
        } else if (proposal.reason().length() > MAX_REASON) {
            errors.put("reason", "at most " + MAX_REASON + " characters");
        }
        if (changes.isEmpty() && deletions.isEmpty()) {
            errors.put("files", "required: at least one changed or deleted file");
        }
        changes.forEach((path, text) -> {
            if (!DraftFiles.editable(path)) {
                errors.put("files." + path, "not a file a draft may change: a .drl, .drl.csv or .drl.xlsx file, "
                        + "scenarios/*.yml or lists/*.csv");
            } else if (text == null) {
                errors.put("files." + path, "the file's full text is required (to delete it, list it in deletions)");
            } else if (text.length() > MAX_FILE_CHARS) {
                errors.put("files." + path, "at most " + MAX_FILE_CHARS + " characters");
            } else {
                DraftFileContent.problem(path, text).ifPresent(problem -> errors.put("files." + path, problem));
            }
        });
        for (String path : deletions) {
            if (!DraftFiles.editable(path)) {
                errors.put("deletions." + path, "not a file a draft may delete");
            } else if (changes.containsKey(path)) {
                errors.put("deletions." + path, "both changed and deleted");
            }
        }
        if (!errors.isEmpty()) {
            throw new DecisionQuery.Invalid(errors);
        }
    }

    /** @throws java.util.NoSuchElementException for an unknown id */
    RuleDraft find(long id) {
        return drafts.find(id).orElseThrow(() -> new java.util.NoSuchElementException("No draft " + id));
    }

    List<RuleDraft> recent(int limit) {
        return drafts.recent(settings.ruleSet(), limit);
    }

    /**
     * The reload gate's checks on a draft and a replay of the window's stored decisions through it.
     *
     * @param stale          whether the live version or a touched file moved since the draft was made
     * @param draftVersion   the version id the draft's rule files would have (null when they do not compile)
     * @param replay         null when the rules do not compile (nothing to replay through)
     */
    record CheckReport(long draftId, String baseVersion, String liveVersion, boolean stale, String draftVersion,
                       boolean passed, List<RuleProblem> compileProblems, List<RuleProblem> scenarioProblems,
                       RollbackPreview.Report replay) {
    }

    CheckReport check(long id, LookBack window) {
        RuleDraft draft = find(id);
        Path temp;
        try {
            temp = Files.createTempDirectory("shopdesk-draft-" + id + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder to check draft " + id + " in", e);
        }
        try {
            Path copy = files.copyWith(draft, temp);
            CandidateCheck check = rules.checkCandidate(settings.ruleSet(), copy);
            var live = rules.ruleSet(settings.ruleSet());
            RollbackPreview.Report replayed = check.compiled() == null ? null
                    : replay.compare(live, check.compiled(), copy.resolve("lists"), window, clock.instant(), SAMPLE);
            return new CheckReport(id, draft.baseVersion(), live.version(), stale(draft, live.version()),
                    check.compiled() == null ? null : check.compiled().version(), check.passed(),
                    check.compileProblems(), check.gateProblems(), replayed);
        } finally {
            FileSystemUtils.deleteRecursively(temp.toFile());
        }
    }

    private boolean stale(RuleDraft draft, String live) {
        return !draft.baseVersion().equals(live)
                || draft.paths().stream().anyMatch(p -> !Objects.equals(files.current(p), draft.baseFiles().get(p)));
    }

    /**
     * What a publish did: went live ({@code published}, {@code liveVersion} the version now serving), or the gate
     * refused it ({@code problems}; the files were taken back and {@code liveVersion} keeps serving).
     */
    record Publication(long draftId, boolean published, String liveVersion, String previousVersion,
                       List<RuleProblem> problems, RuleDraft draft) {
    }

    /**
     * @throws StaleDraftException when the live version or a touched file moved since the draft was made
     * @throws DraftClosedException when it was published or refused already
     */
    Publication publish(long id, String officer) {
        RuleDraft draft = find(id);
        if (!RuleDraft.OPEN.equals(draft.status())) {
            throw new DraftClosedException(draft);
        }
        String previous = liveVersion();
        String origin = draft.origin(officer);
        RuleSetStatus status = rules.publish(settings.ruleSet(),
                new DraftFolderEdit(draft, files, this::liveVersion, origin), origin);
        Instant now = clock.instant();
        List<RuleProblem> problems = new ArrayList<>(status.lastProblems());
        boolean published = problems.isEmpty();
        if (published) {
            drafts.published(id, officer, now, status.liveVersion());
            if (draft.paths().stream().anyMatch(p -> p.startsWith(DraftFiles.LISTS))) {
                events.publishEvent(new ListsPublished(id, origin, draft.paths().stream()
                        .filter(p -> p.startsWith(DraftFiles.LISTS)).map(p -> p.substring(DraftFiles.LISTS.length()))
                        .collect(java.util.stream.Collectors.toSet())));
            }
        } else {
            drafts.refused(id, officer, now, problems);
        }
        return new Publication(id, published, status.liveVersion(), previous, problems, find(id));
    }

    private String liveVersion() {
        return rules.ruleSet(settings.ruleSet()).version();
    }

    /** A draft that was published or refused already: a new draft is needed (409 {@code draft_closed}). */
    static final class DraftClosedException extends RuntimeException {
        DraftClosedException(RuleDraft draft) {
            super("Draft " + draft.id() + " is " + draft.status() + " already; propose a new draft");
        }
    }
}
