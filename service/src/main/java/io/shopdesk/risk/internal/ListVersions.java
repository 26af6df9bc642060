package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The versions of an allow or block list, for an auditor holding a decision's list version (the first 12 hex digits
 * of the file's SHA-256, recorded with each decision since V45): what the list held at that version, when and by whom
 * it went live, and what changed from the version before. A list edit makes no rule-set version, but every change
 * that passed the reload gate is a history entry holding every list's text ({@code lists/<name>.csv}), so the versions
 * are read from the rule-set history (its last 100 entries) and the file on disk, whose version a decision may have
 * used before the history recorded it (an edit on disk the gate has not accepted). Thread-safe (stateless).
 */
@Component
class ListVersions {
    private final RuleEngine rules;
    private final RiskSettings settings;

    ListVersions(RuleEngine rules, RiskSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /** One line of a list that holds a value: its line number (from 1), the value and the note beside it. */
    record Entry(int line, String value, String note) {
    }

    /**
     * A time a version of the list went live, as the history recorded it.
     *
     * @param recorded false for the file on disk whose version the history does not hold
     * @param origin   who put it live through the service (a draft, a list button, a rollback); null for an edit on
     *                 disk
     * @param previous the version the list had before (null: none recorded before)
     */
    record Summary(String version, boolean live, boolean recorded, Instant recordedAt, String origin, int entries,
                   String previous) {
    }

    /** Every version of a list, newest first. */
    record History(String list, String file, String liveVersion, List<Summary> versions) {
    }

    /**
     * A list at one version and what changed from another ({@code against}: the version before it unless asked).
     *
     * @param added   entries whose value {@code against} did not hold
     * @param removed entries of {@code against} whose value this version does not hold
     * @param diff    the files' unified diff (notes and comments included); null when there is nothing to compare with
     */
    record Content(String list, String file, String version, boolean live, boolean recorded, Instant recordedAt,
                   String origin, String text, List<Entry> entries, String against, Instant againstRecordedAt,
                   List<Entry> added, List<Entry> removed, RuleVersionDiff.FileDiff diff) {
    }

    /** No such list, now or in the history. */
    static final class UnknownList extends RuntimeException {
        UnknownList(String message) {
            super(message);
        }
    }

    /** The list exists, but not at that version as far as the history and the disk tell. */
    static final class UnknownListVersion extends RuntimeException {
        UnknownListVersion(String message) {
            super(message);
        }
    }

    /** One version as it went live: its text and its history entry (null when read from disk only). */
    private record Occurrence(String version, String text, Instant at, String origin, boolean recorded) {
    }

    History history(String list) {
        List<Occurrence> all = occurrences(list);
        String live = liveText(list).map(ListSnapshot::version).orElse(null);
        List<Summary> versions = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Occurrence o = all.get(i);
            versions.add(new Summary(o.version(), i == all.size() - 1 && o.version().equals(live), o.recorded(),
                    o.at(), o.origin(), entries(o.text()).size(), i == 0 ? null : all.get(i - 1).version()));
        }
        return new History(list, file(list), live, versions);
    }

    /**
     * The list at {@code version}, compared with {@code against} (null: the version before it). The latest time the
     * version went live is shown when it did more than once.
     */
    Content content(String list, String version, String against) {
        List<Occurrence> all = occurrences(list);
        int at = latest(all, version).orElseThrow(() -> unknown(list, version));
        Occurrence target = all.get(at);
        Occurrence base;
        if (against == null) {
            base = at == 0 ? null : all.get(at - 1);
        } else {
            base = all.get(latest(all, against).orElseThrow(() -> unknown(list, against)));
        }
        String live = liveText(list).map(ListSnapshot::version).orElse(null);
        List<Entry> entries = entries(target.text());
        List<Entry> before = base == null ? List.of() : entries(base.text());
        return new Content(list, file(list), target.version(), at == all.size() - 1 && target.version().equals(live),
                target.recorded(), target.at(), target.origin(), target.text(), entries,
                base == null ? null : base.version(), base == null ? null : base.at(),
                base == null ? entries : missingFrom(entries, before), base == null ? List.of() : missingFrom(before, entries),
                base == null ? null : RuleVersionDiff.file(file(list), base.text(), target.text()));
    }

    private static Optional<Integer> latest(List<Occurrence> all, String version) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).version().equals(version)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private UnknownListVersion unknown(String list, String version) {
        return new UnknownListVersion("The list " + list + " has no version " + version + " in the rule history (its "
                + "last 100 entries) nor on disk");
    }

    /**
     * Each time the list's text changed in the history, oldest first, then the file on disk if it differs from the
     * last recorded text. Entries recorded before the lists were (no {@code lists/} file at all) say nothing about the
     * list and are skipped; one that records other lists but not this one had none of it.
     */
    private List<Occurrence> occurrences(String list) {
        String path = DraftFiles.LISTS + file(list);
        List<Occurrence> all = new ArrayList<>();
        String last = null;
        boolean everRecorded = false;
        for (RuleVersion entry : rules.history(settings.ruleSet())) {
            boolean recordsLists = entry.files().keySet().stream().anyMatch(f -> f.startsWith(DraftFiles.LISTS));
            if (!recordsLists) {
                continue;
            }
            String text = entry.files().get(path);
            everRecorded |= text != null;
            if (text != null && !text.equals(last)) {
                all.add(new Occurrence(ListSnapshot.version(text), text, entry.liveSince(), entry.origin(), true));
            }
            last = text;
        }
        Optional<String> disk = liveText(list);
        if (disk.isPresent() && !Objects.equals(disk.get(), last)) {
            all.add(new Occurrence(ListSnapshot.version(disk.get()), disk.get(), null, null, false));
        }
        if (all.isEmpty() && !everRecorded) {
            throw new UnknownList("No list " + list + ": the lists are " + names());
        }
        return all;
    }

    /** The list's file name: {@code <list>.csv}, or {@code <list>.txt} when that is the one there is. */
    private String file(String list) {
        String txt = list + ".txt";
        if (Files.isRegularFile(settings.lists().resolve(txt)) && !Files.isRegularFile(settings.lists().resolve(list + ".csv"))) {
            return txt;
        }
        return list + ".csv";
    }

    private Optional<String> liveText(String list) {
        Path file = settings.lists().resolve(file(list));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list " + file, e);
        }
    }

    private List<String> names() {
        return RiskLists.read(settings.lists()).keySet().stream().sorted().toList();
    }

    /** The lines that hold a value, as the list reader takes them: the first CSV column, no comments, no header. */
    static List<Entry> entries(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", 2);
            String value = cells[0].strip();
            if (!value.isEmpty() && !value.startsWith("#") && !value.equalsIgnoreCase("value")) {
                entries.add(new Entry(i + 1, value, cells.length > 1 ? cells[1].strip() : ""));
            }
        }
        return entries;
    }

    /** The entries of {@code of} whose value {@code from} does not hold (the first line of a value counts). */
    private static List<Entry> missingFrom(List<Entry> of, List<Entry> from) {
        Map<String, Entry> held = new LinkedHashMap<>();
        from.forEach(e -> held.putIfAbsent(e.value(), e));
        Map<String, Entry> first = new LinkedHashMap<>();
        of.forEach(e -> first.putIfAbsent(e.value(), e));
        return first.values().stream().filter(e -> !held.containsKey(e.value())).toList();
    }
}
