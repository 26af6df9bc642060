package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.util.FileSystemUtils;

/**
 * The dialogue word lists last accepted into service, kept as the rules' versions are: an entry of the version history
 * (table {@code rule_versions}, each text stored once in {@code rule_file_texts}) under the name {@code <set>-words}
 * ({@code dialogue-words}), whose files are the lists by their path in the rule set's folder
 * ({@code words/acknowledgements-en.csv}) and whose version is their content hash. Until stop 32 nothing remembered
 * which lists had passed their check, so lists edited while the service was down were read at start-up as they were,
 * unreplayed; now the start-up serves the accepted ones until those on disk pass ({@link WordListsInService}).
 * Thread-safe: the store is, and nothing else is kept.
 */
public final class AcceptedWordLists {
    /** The folder of the lists in the rule set's, as the paths of the history's entries name it. */
    static final String FOLDER = "words";

    private final RuleVersionStore store;
    private final String name;
    private final Clock clock;

    /**
     * @param store   the rule version history
     * @param ruleSet the dialogue rule set, whose lists these are
     */
    public AcceptedWordLists(RuleVersionStore store, String ruleSet, Clock clock) {
        this.store = store;
        this.name = historyName(ruleSet);
        this.clock = clock;
    }

    /** Lists remembered in memory only (a service without a database: the command line, unit tests). */
    public static AcceptedWordLists inMemory() {
        return new AcceptedWordLists(RuleVersionStore.inMemory(), "dialogue", Clock.systemUTC());
    }

    /** The name the history keeps a rule set's accepted word lists under. */
    public static String historyName(String ruleSet) {
        return ruleSet + "-words";
    }

    /** The lists last accepted, or empty when none were (a new database). */
    public Optional<RuleVersion> last() {
        return store.latest(name);
    }

    /**
     * Records {@code texts} (as {@link #texts} read them) as the lists accepted into service, with {@code origin}
     * (null: an edit on disk or the start-up); nothing when they are those accepted last.
     */
    public void accepted(Map<String, String> texts, String origin) {
        Optional<RuleVersion> last = last();
        if (last.isPresent() && last.get().files().equals(texts)) {
            return;
        }
        Map<String, String> before = last.map(RuleVersion::files).orElse(Map.of());
        List<String> changed = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(texts.keySet());
        for (String path : paths) {
            if (!java.util.Objects.equals(before.get(path), texts.get(path))) {
                changed.add(path);
            }
        }
        store.add(name, new RuleVersion(RuleVersion.contentHash(texts), clock.instant(), changed, texts, origin));
    }

    /**
     * The text of every list the service reads from {@code folder} ({@code rules/<set>/words}) that exists, by its path
     * in the rule set's folder ({@code words/yes-en.csv}).
     *
     * @throws UncheckedIOException when a list exists but cannot be read
     */
    public static Map<String, String> texts(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        for (Language language : Language.values()) {
            for (Path file : List.of(Acknowledgements.file(folder, language), YesNoAnswers.yesFile(folder, language),
                    YesNoAnswers.noFile(folder, language), QueueWords.file(folder, language))) {
                if (Files.isRegularFile(file)) {
                    try {
                        texts.put(FOLDER + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + file, e);
                    }
                }
            }
        }
        return texts;
    }

    /**
     * Reads lists from their texts ({@link #texts}, or a history entry's files), through a temporary folder with the
     * readers the service reads its folder with.
     *
     * @throws IllegalArgumentException naming the file and line of a bad line
     * @throws UncheckedIOException     when a list is missing
     */
    public static WordLists read(Map<String, String> texts) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("accepted-word-lists");
            for (var text : texts.entrySet()) {
                if (text.getKey().startsWith(FOLDER + "/")) {
                    Files.writeString(folder.resolve(text.getKey().substring(FOLDER.length() + 1)), text.getValue(),
                            StandardCharsets.UTF_8);
                }
            }
            return WordLists.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the accepted word lists to a temporary folder", e);
        } finally {
            if (folder != null) {
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException e) {
                    // a temporary folder left behind harms nothing
                }
            }
        }
    }
}
