package io.shopdesk.dialogue.internal;

import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's intent answers in service ({@link IntentAnswers}, {@code rules/<set>/intent-answers/}): read at start (a
 * bad file stops the start, naming its file and line) and again whenever the folder changes; a changed file that
 * cannot be read is logged with its file and line and the answers in service stay. Also tells which intents nothing
 * answers: not in the file, not selected by the compiled rules in service (a constraint on the intent,
 * {@code intent == "human_agent"}, or a function the rules give the intent that is true for it; what the engine
 * compiled, so a comment naming an intent does not count, see {@code CompiledRuleSet.selectedValues}), not one the
 * FAQ searches by topic ({@code intent-topics.yml}), and not the out-of-scope label. Thread-safe: the answers are
 * immutable and swapped whole.
 */
public final class IntentAnswersInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IntentAnswersInService.class);

    private final Path folder;
    private final Function<Collection<String>, Set<String>> answeredByRules;
    private final Supplier<Set<String>> faqTopics;
    private final FolderWatcher watcher;
    private volatile IntentAnswers answers;

    /**
     * @param folder    {@code rules/<set>/intent-answers}
     * @param answeredByRules of the labels given, those the rules in service select (by the compiled rules)
     * @param faqTopics the intents the FAQ search answers within their topic
     */
    public IntentAnswersInService(Path folder, Function<Collection<String>, Set<String>> answeredByRules,
                                  Supplier<Set<String>> faqTopics) {
        this.folder = folder;
        this.answeredByRules = answeredByRules;
        this.faqTopics = faqTopics;
        String read = FolderWatcher.fingerprint(folder);
        this.answers = IntentAnswers.read(folder);
        this.watcher = new FolderWatcher("intent-answers", folder, Duration.ofSeconds(2), read, this::reload);
    }

    public IntentAnswers answers() {
        return answers;
    }

    /** Reads the file again; when it cannot be read, that is logged and the answers in service stay. */
    public boolean reload() {
        try {
            answers = IntentAnswers.read(folder);
            log.info("Intent answers reloaded from {}: {}", folder, answers.intents());
            return true;
        } catch (RuntimeException e) {
            log.error("Intent answers in {} not reloaded, the previous ones keep serving: {}", folder, e.getMessage());
            return false;
        }
    }

    /** Of {@code labels}, those nothing answers (see the class comment), in the order given. */
    public List<String> unanswered(Collection<String> labels) {
        Set<String> answered = new HashSet<>(answers.intents());
        answered.addAll(faqTopics.get());
        answered.add("oos");
        List<String> rest = labels.stream().distinct().filter(l -> !answered.contains(l)).toList();
        Set<String> byRules = rest.isEmpty() ? Set.of() : answeredByRules.apply(rest);
        return rest.stream().filter(l -> !byRules.contains(l)).toList();
    }

    @Override
    public void close() {
        watcher.close();
    }
}
