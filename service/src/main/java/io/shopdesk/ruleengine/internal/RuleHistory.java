package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The versions of each rule set that went live, kept in a {@link RuleVersionStore}: what each changed from the one
 * before, the last good version to serve when the files on disk are rejected at start-up, and what a rollback may
 * return to. Thread-safe as its store is; the engine adds versions one at a time, so that each one's changed files
 * are counted against the version recorded just before it.
 */
public final class RuleHistory {
    private static final int LIMIT = 100;

    private final RuleVersionStore store;

    public RuleHistory(RuleVersionStore store) {
        this.store = store;
    }

    /** The versions that went live, oldest first (the last 100), including those from before a restart. */
    public List<RuleVersion> versions(String ruleSet) {
        return store.versions(ruleSet, LIMIT);
    }

    /**
     * Every version that went live, oldest first, however many: for a search the last 100 cannot answer (an old
     * decision's list version). Reads every entry's files, so not for a page drawn on each request.
     */
    public List<RuleVersion> all(String ruleSet) {
        return store.versions(ruleSet, Integer.MAX_VALUE);
    }

    /** The version that went live last, if any. */
    public Optional<RuleVersion> latest(String ruleSet) {
        return store.latest(ruleSet);
    }

    /**
     * The latest recorded entry of {@code version} among {@link #versions}.
     *
     * @throws IllegalArgumentException when the rule set has no such version recorded
     */
    public RuleVersion version(String ruleSet, String version) {
        return versions(ruleSet).reversed().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> unknown(ruleSet, version));
    }

    /**
     * The entry recorded just before the latest entry of {@code version}, if there is one among {@link #versions}:
     * what that version changed from. It may be an entry of the same version (a scenario edit it passed).
     *
     * @throws IllegalArgumentException when the rule set has no such version recorded
     */
    public Optional<RuleVersion> before(String ruleSet, String version) {
        List<RuleVersion> all = versions(ruleSet);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).version().equals(version)) {
                return i == 0 ? Optional.empty() : Optional.of(all.get(i - 1));
            }
        }
        throw unknown(ruleSet, version);
    }

    /**
     * The entry of {@code version} that went live at {@code at} among {@link #versions}, and the entry recorded just
     * before it (null: none): what that one entry changed, when a version is listed several times (a list change, a
     * rollback to it) and each entry changed something else.
     *
     * @throws IllegalArgumentException when the rule set has no entry of that version at that time
     */
    public EntryAndBefore entryAndBefore(String ruleSet, String version, Instant at) {
        List<RuleVersion> all = versions(ruleSet);
        for (int i = all.size() - 1; i >= 0; i--) {
            RuleVersion v = all.get(i);
            if (v.version().equals(version) && v.liveSince().equals(at)) {
                return new EntryAndBefore(v, i == 0 ? null : all.get(i - 1));
            }
        }
        throw new IllegalArgumentException("Rule set '" + ruleSet + "' has no entry of version " + version
                + " that went live at " + at + " (the history keeps the last " + LIMIT + " entries)");
    }

    /** One history entry and the entry recorded just before it (null: it is the first). */
    public record EntryAndBefore(RuleVersion entry, RuleVersion before) {
    }

    private static IllegalArgumentException unknown(String ruleSet, String version) {
        return new IllegalArgumentException("Rule set '" + ruleSet + "' has no recorded version " + version
                + " (the history keeps the last " + LIMIT + " entries)");
    }

    /**
     * Records a version going live with the rule files it compiled ({@code sources}) and the files its gates read
     * ({@code checked}), naming the files that differ from the version recorded before; {@code origin} says who put
     * it live (null: the files on disk).
     */
    public void remember(String ruleSet, String version, Map<String, String> sources, Map<String, String> checked,
                         Instant at, String origin) {
        Map<String, String> files = RuleVersion.files(sources, checked);
        Map<String, String> before = store.latest(ruleSet).map(RuleVersion::files).orElse(Map.of());
        Set<String> names = new TreeSet<>(files.keySet());
        names.addAll(before.keySet());
        List<String> changed = names.stream().filter(f -> !Objects.equals(files.get(f), before.get(f))).toList();
        store.add(ruleSet, new RuleVersion(version, at, changed, files, origin));
    }
}
