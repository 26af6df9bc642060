package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.RuleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The risk rule set's files a draft may change, by path relative to the rule set's folder: the DRL files and decision
 * tables (CSV, and Excel workbooks, {@code .drl.xlsx}, whose content a draft carries Base64-encoded:
 * {@link DraftFileContent}) at its top level, the scenarios ({@code scenarios/*.yml}) and the lists
 * ({@code lists/*.csv}, which live wherever {@code shopdesk.risk.lists} says). It reads them, and copies the folder
 * with a draft applied for its check. Thread-safe (stateless over the file system).
 */
@Component
class DraftFiles {
    static final String LISTS = "lists/";
    private static final Pattern EDITABLE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._-]*\\.(drl|drl\\.csv|drl\\.xlsx)|lists/[A-Za-z0-9][A-Za-z0-9._-]*\\.csv"
                    + "|scenarios/[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml");

    private final RuleEngine rules;
    private final RiskSettings settings;

    DraftFiles(RuleEngine rules, RiskSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /** Whether a draft may write or delete {@code path}. */
    static boolean editable(String path) {
        return path != null && !path.contains("..") && EDITABLE.matcher(path).matches();
    }

    /** The rule set's folder (the live one). */
    Path folder() {
        return rules.folder(settings.ruleSet());
    }

    /** Where {@code path} lives on disk. */
    Path resolve(String path) {
        return path.startsWith(LISTS) ? settings.lists().resolve(path.substring(LISTS.length())) : folder().resolve(path);
    }

    /** The file's content now as a draft carries it (a workbook Base64-encoded), or null when it does not exist. */
    String current(String path) {
        return DraftFileContent.read(resolve(path));
    }

    /** Every file a draft may change, with its text now, by path. */
    Map<String, String> all() {
        Map<String, String> files = new TreeMap<>();
        for (String path : paths()) {
            files.put(path, current(path));
        }
        return files;
    }

    private List<String> paths() {
        Stream<String> top = names(folder()).stream();
        Stream<String> scenarios = names(folder().resolve("scenarios")).stream().map(n -> "scenarios/" + n);
        Stream<String> lists = names(settings.lists()).stream().map(n -> LISTS + n);
        return Stream.of(top, scenarios, lists).flatMap(s -> s).filter(DraftFiles::editable).sorted().toList();
    }

    private static List<String> names(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /**
     * Copies the rule set's folder (rule files, scenarios, lists) into {@code into}, under the rule set's name, with
     * the draft's changes written and its deletions made, and returns the copy; its lists are in {@code lists/}.
     */
    Path copyWith(RuleDraft draft, Path into) {
        Path copy = into.resolve(settings.ruleSet());
        try {
            Files.createDirectories(copy.resolve("scenarios"));
            Files.createDirectories(copy.resolve("lists"));
            for (Path file : RuleEngine.ruleFilePaths(folder())) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
            for (String path : paths()) {
                write(copy.resolve(path), current(path));
            }
            for (var change : draft.changes().entrySet()) {
                write(copy.resolve(change.getKey()), change.getValue());
            }
            for (String path : draft.deletions()) {
                Files.deleteIfExists(copy.resolve(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the rules to " + copy, e);
        }
        return copy;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, DraftFileContent.bytes(file.getFileName().toString(), text));
    }
}
