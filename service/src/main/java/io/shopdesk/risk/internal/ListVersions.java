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
 * used before the history recorded it (an edit on disk the gate has not accepted). One version on its own is found by
 * its hash however old ({@link ListVersionArchive}, which keeps every version the service read). Thread-safe
 * (stateless).
 */
@Component
class ListVersions {
    private final RuleEngine rules;
    private final RiskSettings settings;
    private final ListVersionArchive archive;

    ListVersions(RuleEngine rules, RiskSettings settings, ListVersionArchive archive) {
        this.rules = rules;
        this.settings = settings;
        this.archive = archive;
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
        List<Occurrence> all = occurrences(list, rules.history(settings.ruleSet()));
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
     * version went live is shown when it did more than once. A version the recent history does not hold is read from
     * the kept versions ({@link ListVersionArchive}), and when not kept either, from the whole rule history.
     */
    Content content(String list, String version, String against) {
        List<Occurrence> all = occurrences(list, rules.history(settings.ruleSet()));
        String live = liveText(list).map(ListSnapshot::version).orElse(null);
        Optional<Integer> recent = latest(all, version);
        Occurrence target;
        Occurrence base;
        boolean isLive;
        if (recent.isPresent()) {
            int at = recent.get();
            target = all.get(at);
            isLive = at == all.size() - 1 && target.version().equals(live);
            base = against == null ? (at == 0 ? null : all.get(at - 1)) : find(list, all, against);
        } else {
            ListVersionArchive.Kept kept = kept(list, version).orElseThrow(() -> unknown(list, version));
            target = occurrence(kept);
            isLive = false;
            base = against == null ? archive.before(kept).map(ListVersions::occurrence).orElse(null)
                    : find(list, all, against);
        }
        List<Entry> entries = entries(target.text());
        List<Entry> before = base == null ? List.of() : entries(base.text());
        return new Content(list, file(list), target.version(), isLive,
                target.recorded(), target.at(), target.origin(), target.text(), entries,
                base == null ? null : base.version(), base == null ? null : base.at(),
                base == null ? entries : missingFrom(entries, before), base == null ? List.of() : missingFrom(before, entries),
                base == null ? null : RuleVersionDiff.file(file(list), base.text(), target.text()));
    }

    private Occurrence find(String list, List<Occurrence> recent, String version) {
        return latest(recent, version).map(recent::get)
                .or(() -> kept(list, version).map(ListVersions::occurrence))
                .orElseThrow(() -> unknown(list, version));
    }

    /**
     * A version as kept; when not kept, the whole history is searched once and every version of the list found in
     * it is kept (a version from before V51, older than the last 100 entries), so the next look-up is by hash only.
     */
    private Optional<ListVersionArchive.Kept> kept(String list, String version) {
        Optional<ListVersionArchive.Kept> kept = archive.find(list, version);
        if (kept.isPresent()) {
            return kept;
        }
        String file = file(list);
        for (Occurrence o : occurrences(list, rules.fullHistory(settings.ruleSet()))) {
            if (o.recorded()) {
                archive.keep(list, file, o.version(), o.text(), o.at(), o.origin() == null ? EDITED_ON_SERVER : o.origin());
            }
        }
        return archive.find(list, version);
    }

    /**
     * The origin of a history entry that records none: the lists were edited on the server and the edit passed the
     * gate (nobody published it from the console).
     */
    static final String EDITED_ON_SERVER = "an edit of the file on the server, recorded in the rule history "
            + "(not through the console)";

    /** Who or what the archive says put {@code version} live, when it keeps it with an origin. */
    private Optional<String> keptOrigin(String list, String version) {
        return archive.find(list, version).map(ListVersionArchive.Kept::origin);
    }

    private static Occurrence occurrence(ListVersionArchive.Kept kept) {
        return new Occurrence(kept.version(), kept.text(), kept.firstSeen(), kept.origin(), true);
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
        return new UnknownListVersion("The list " + list + " has no version " + version + ": no decision or list "
                + "reading kept it, and neither the rule history nor the file on disk holds it");
    }

    /**
     * Each time the list's text changed in the history, oldest first, then the file on disk if it differs from the
     * last recorded text. Entries recorded before the lists were (no {@code lists/} file at all) say nothing about the
     * list and are skipped; one that records other lists but not this one had none of it.
     */
    private List<Occurrence> occurrences(String list, List<RuleVersion> history) {
        String path = DraftFiles.LISTS + file(list);
        List<Occurrence> all = new ArrayList<>();
        String last = null;
        boolean everRecorded = false;
        for (RuleVersion entry : history) {
            boolean recordsLists = entry.files().keySet().stream().anyMatch(f -> f.startsWith(DraftFiles.LISTS));
            if (!recordsLists) {
                continue;
            }
            String text = entry.files().get(path);
            everRecorded |= text != null;
            if (text != null && !text.equals(last)) {
                String version = ListSnapshot.version(text);
                all.add(new Occurrence(version, text, entry.liveSince(),
                        entry.origin() != null ? entry.origin() : keptOrigin(list, version).orElse(EDITED_ON_SERVER),
                        true));
            }
            last = text;
        }
        Optional<String> disk = liveText(list);
        if (disk.isPresent() && !Objects.equals(disk.get(), last)) {
            String version = ListSnapshot.version(disk.get());
            all.add(new Occurrence(version, disk.get(), null, keptOrigin(list, version).orElse(null), false));
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
