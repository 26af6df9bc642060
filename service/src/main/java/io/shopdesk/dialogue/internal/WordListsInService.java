package io.shopdesk.dialogue.internal;

import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialogue's word lists in service, from {@code rules/<set>/words/}: the acknowledgements ({@link Acknowledgements}),
 * the yes and no answers ({@link YesNoAnswers}) and the words about the wait for a person ({@link QueueWords}). Read at
 * start and again whenever the folder changes. A changed list replaces those in service only when every list reads and
 * the {@link WordListsGate} passes them (the service's replays the recorded decisions with them,
 * {@link WordListsReplay}: until stop 31 a word removed from a list silently changed decisions); otherwise the problems
 * are logged, each as {@code file:line: reason}, kept for {@link #lastProblems}, and every list in service stays. A
 * refused edit is tried again when the gate's folder changes ({@code gate/decisions.yml} recorded again, written after
 * the lists by a {@code git pull}).
 *
 * <p>The lists that pass are remembered ({@link AcceptedWordLists}, in the rule version history). At start-up, lists on
 * disk that are not those accepted last (edited while the service was down) do not serve unchecked, as they did until
 * stop 32: the accepted ones serve, and the lists on disk are checked as an edit is once the service is ready
 * ({@link #checkDeferred}, called by the start-up replay), refused with {@code file:line} or put in service; a change
 * of the lists or of the gate's files meanwhile waits for that check ({@link #gateChanged}). With
 * nothing accepted before (a new database), or when the check at start-up is off, the lists on disk serve at once (a
 * bad one stops the start, naming its file and line) and are recorded as accepted.
 *
 * <p>Thread-safe: the lists are immutable and swapped whole; reloads run one at a time.
 */
public final class WordListsInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WordListsInService.class);
    private static final Duration POLL = Duration.ofSeconds(2);
    /** The origin of an acceptance that the check at start-up made. */
    static final String STARTED_ORIGIN = "start-up check";
    /** What {@link #lastProblems} says while the lists on disk wait for their check at start-up. */
    static final String WAITING = "serve until the lists on disk pass their check once the service is ready";

    /** A problem line of a list's line: {@code rules/dialogue/words/yes-en.csv:12: reason}. */
    private static final Pattern AT_LINE = Pattern.compile("([^\\s:][^:]*?):(\\d+): (.*)", Pattern.DOTALL);
    /** A problem line of a file as a whole: {@code rules/dialogue/words: reason}. */
    private static final Pattern IN_FILE = Pattern.compile("([^\\s:]+): (.*)", Pattern.DOTALL);

    private final Path folder;
    private final WordListsGate gate;
    private final AcceptedWordLists accepted;
    private final FolderWatcher watcher;
    private final FolderWatcher gateWatcher;
    private volatile WordLists lists;
    private volatile List<String> lastProblems = List.of();
    /** Whether the lists on disk wait for the check they could not have at start-up. */
    private volatile boolean waiting;

    /** @param folder the folder with the lists, {@code rules/<set>/words}; every edit that reads is taken */
    public WordListsInService(Path folder) {
        this(folder, WordListsGate.NONE, null, AcceptedWordLists.inMemory(), false);
    }

    /**
     * @param folder     the folder with the lists, {@code rules/<set>/words}
     * @param gate       what an edit must pass before it replaces the lists in service
     * @param gateFolder the folder of what the gate reads ({@code rules/<set>/gate}), watched to try a refused edit
     *                   again; null: none
     * @param accepted   the lists accepted last, and where those accepted now are recorded
     * @param checkLater whether lists on disk that are not those accepted last wait for {@link #checkDeferred} behind
     *                   them (the gate's replay needs the language models, ready only once the service is); false:
     *                   they serve at once, unchecked
     */
    public WordListsInService(Path folder, WordListsGate gate, Path gateFolder, AcceptedWordLists accepted,
                              boolean checkLater) {
        this.folder = folder;
        this.gate = gate;
        this.accepted = accepted;
        String read = FolderWatcher.fingerprint(folder);
        Map<String, String> onDisk = AcceptedWordLists.texts(folder);
        Optional<RuleVersion> last = accepted.last();
        WordLists before = checkLater && last.isPresent() && !last.get().files().equals(onDisk)
                ? readAccepted(last.get()) : null;
        if (before != null) {
            this.lists = before;
            this.waiting = true;
            this.lastProblems = List.of(folder + ": the word lists on disk are not those accepted last (version "
                    + last.get().version() + " of " + last.get().liveSince() + "), which " + WAITING);
            log.warn("Dialogue word lists: those on disk in {} differ from version {}, accepted last, which serves until "
                    + "they are checked once the service is ready", folder, last.get().version());
        } else {
            this.lists = WordLists.read(folder);
            accepted.accepted(onDisk, null);
        }
        this.watcher = new FolderWatcher("dialogue-words", folder, POLL, read, this::listsChanged);
        this.gateWatcher = gateFolder == null ? null : new FolderWatcher("dialogue-words-gate", gateFolder, POLL,
                FolderWatcher.fingerprint(gateFolder), this::gateChanged);
    }

    /** The accepted lists, or null (logged) when they no longer read: the lists on disk then serve, unchecked. */
    private WordLists readAccepted(RuleVersion version) {
        try {
            return AcceptedWordLists.read(version.files());
        } catch (RuntimeException e) {
            log.error("Dialogue word lists version {}, accepted last, no longer read ({}): the lists on disk in {} serve",
                    version.version(), e.getMessage(), folder);
            return null;
        }
    }

    /** The lists in service, read together. */
    public WordLists lists() {
        return lists;
    }

    public Acknowledgements acknowledgements() {
        return lists.acknowledgements();
    }

    public YesNoAnswers answers() {
        return lists.answers();
    }

    public QueueWords queueWords() {
        return lists.queueWords();
    }

    /**
     * Why the last edit of the lists was refused, one line each ({@code file:line: reason}), or that the lists on disk
     * wait for their check at start-up; empty once an edit passed.
     */
    public List<String> lastProblems() {
        return lastProblems;
    }

    /**
     * {@link #lastProblems} as the rule engine reports a refused edit of rule files, each by its file and line (0 when
     * the line names none), so that the rule set's status shows them beside its own.
     */
    public List<RuleProblem> ruleProblems() {
        return lastProblems.stream().map(WordListsInService::ruleProblem).toList();
    }

    static RuleProblem ruleProblem(String line) {
        Matcher atLine = AT_LINE.matcher(line);
        if (atLine.matches()) {
            return new RuleProblem(atLine.group(1), Integer.parseInt(atLine.group(2)), atLine.group(3));
        }
        Matcher inFile = IN_FILE.matcher(line);
        if (inFile.matches()) {
            return new RuleProblem(inFile.group(1), 0, inFile.group(2));
        }
        return new RuleProblem("words", 0, line);
    }

    /**
     * Reads every list again and has the gate check them; when one cannot be read or the gate refuses them, that is
     * logged and the lists in service stay.
     *
     * @return whether the folder's lists are now in service
     */
    public boolean reload() {
        return reload(null);
    }

    /**
     * The check the lists on disk could not have at start-up, made now that the service is ready: they replace the
     * lists accepted last, which served meanwhile, if they pass as an edit must; otherwise those keep serving and
     * {@link #lastProblems} says why. Nothing when no check waits.
     *
     * @return whether the folder's lists are now in service
     */
    public boolean checkDeferred() {
        if (!waiting) {
            return lastProblems.isEmpty();
        }
        return reload(STARTED_ORIGIN);
    }

    /** Whether the lists on disk still wait for their check at start-up. */
    public boolean waiting() {
        return waiting;
    }

    private synchronized boolean reload(String origin) {
        waiting = false;
        WordLists candidate;
        Map<String, String> texts;
        try {
            texts = AcceptedWordLists.texts(folder);
            candidate = WordLists.read(folder);
        } catch (RuntimeException e) {
            return refuse(List.of(e.getMessage()));
        }
        List<String> problems;
        try {
            problems = gate.problems(lists, candidate);
        } catch (RuntimeException e) {
            // A check that cannot run refuses: an edit nobody checked is what the gate is there to stop.
            problems = List.of(folder + ": the word lists could not be checked: " + e);
        }
        if (!problems.isEmpty()) {
            return refuse(problems);
        }
        try {
            accepted.accepted(texts, origin);
        } catch (RuntimeException e) {
            // Unrecorded, they are checked again at the next start-up: no reason to keep lists that passed out of service.
            log.warn("Dialogue word lists from {} passed but could not be recorded as accepted: {}", folder, e.toString());
        }
        lists = candidate;
        lastProblems = List.of();
        log.info("Dialogue word lists reloaded from {}", folder);
        return true;
    }

    /**
     * The lists' folder changed (its watcher): the lists are checked now, unless they wait for their check at start-up
     * ({@link #checkDeferred}), which reads the folder as it is then.
     */
    void listsChanged() {
        if (waiting) {
            log.info("Dialogue word lists in {} changed while they wait for their check at start-up: checked then", folder);
            return;
        }
        reload();
    }

    /**
     * The gate's files changed (its watcher, {@code gate/decisions.yml} recorded again): an edit refused before is
     * checked again, as it may be recorded now. Not while the lists wait for their check at start-up: until stop 33 a
     * {@code git pull} that brought a new {@code decisions.yml} during start-up ran that check at once, before the
     * language models it replays with were ready and before the rules' own start-up check, and the lists it refused
     * then were not checked again once the service was ready. The check at start-up reads the gate's file as it is then.
     */
    void gateChanged() {
        if (waiting) {
            log.info("Dialogue word lists' gate files changed while the lists wait for their check at start-up: "
                    + "checked then");
            return;
        }
        if (!lastProblems.isEmpty()) {
            reload();
        }
    }

    private boolean refuse(List<String> problems) {
        lastProblems = List.copyOf(problems);
        log.error("Dialogue word lists in {} not reloaded, the previous ones keep serving:\n  {}", folder,
                String.join("\n  ", problems));
        return false;
    }

    @Override
    public void close() {
        watcher.close();
        if (gateWatcher != null) {
            gateWatcher.close();
        }
    }
}
