package io.shopdesk.dialogue.internal;

import io.shopdesk.watch.FolderWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's intent answers in service ({@link IntentAnswers}, {@code rules/<set>/intent-answers/}): read at start (a
 * bad file stops the start, naming its file and line) and again whenever the folder changes; a changed file that
 * cannot be read is logged with its file and line and the answers in service stay. Also tells which intents nothing
 * answers: not in the file, not named as a string literal ({@code "order_status"}) on a line about an intent in any
 * {@code *.drl} of the rules folder (the shipped dialogue and escalation rules name the intents they act on so:
 * {@code intent == "human_agent"}; an action's name such as {@code "greet"} is not counted), not one the FAQ searches by topic
 * ({@code intent-topics.yml}), and not the out-of-scope label. Thread-safe: the answers are immutable and swapped whole.
 */
public final class IntentAnswersInService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IntentAnswersInService.class);
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*)\"");

    private final Path folder;
    private final Path rulesRoot;
    private final Supplier<Set<String>> faqTopics;
    private final FolderWatcher watcher;
    private volatile IntentAnswers answers;

    /**
     * @param folder    {@code rules/<set>/intent-answers}
     * @param rulesRoot the rules folder whose {@code *.drl} files name the intents they act on
     * @param faqTopics the intents the FAQ search answers within their topic
     */
    public IntentAnswersInService(Path folder, Path rulesRoot, Supplier<Set<String>> faqTopics) {
        this.folder = folder;
        this.rulesRoot = rulesRoot;
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
        answered.addAll(namedInRules());
        answered.add("oos");
        return labels.stream().distinct().filter(l -> !answered.contains(l)).toList();
    }

    private Set<String> namedInRules() {
        Set<String> named = new HashSet<>();
        try (Stream<Path> files = Files.walk(rulesRoot)) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                // Only lines about an intent ("intent == ...", "lastIntent", "getIntent()"): an action's name ("greet",
                // "complaint") is no intent the rules answer.
                for (String line : Files.readAllLines(drl)) {
                    if (!line.toLowerCase(java.util.Locale.ROOT).contains("intent")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Cannot read the rules in {} to tell which intents they answer: {}", rulesRoot, e.toString());
        }
        return named;
    }

    @Override
    public void close() {
        watcher.close();
    }
}
