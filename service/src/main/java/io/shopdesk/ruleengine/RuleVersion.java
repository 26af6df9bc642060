package io.shopdesk.ruleengine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A version of a rule set that went live: its content hash, when, which files changed from the entry before, and the
 * files' text by path relative to the rule set's folder. Those are the rule files (top-level names, so that a
 * rollback, even after a restart, can restore them; binary {@code .drl.xlsx} tables are Base64-encoded) and the files
 * its gates checked it against ({@code scenarios/payments.yml}, and for the risk rules the lists,
 * {@code lists/blocked-devices.csv}; see {@link RuleSetGate#checkedFiles}). Entries recorded before scenarios were
 * recorded hold rule files only. A scenario or list edit that the live version passes is recorded as an entry of the
 * same version. {@code origin} says who put it live when a person did through the service (a published draft:
 * {@code "draft 7 proposed by Li Wei, published by officer:5e6f7a8b"}, the officer's configured name or a hash of
 * their key); null
 * for an edit of the files on disk, a start-up or an entry recorded before origins were (V43). Immutable.
 */
public record RuleVersion(String version, Instant liveSince, List<String> changedFiles, Map<String, String> files,
                          String origin) {

    public RuleVersion {
        changedFiles = List.copyOf(changedFiles);
        files = Map.copyOf(files);
    }

    /** An entry with no origin: the files on disk were edited, or the service started. */
    public RuleVersion(String version, Instant liveSince, List<String> changedFiles, Map<String, String> files) {
        this(version, liveSince, changedFiles, files, null);
    }

    /** The files of an entry: the rule files by name and the checked files by their relative paths. */
    public static Map<String, String> files(Map<String, String> ruleFiles, Map<String, String> checkedFiles) {
        Map<String, String> files = new TreeMap<>(checkedFiles);
        files.putAll(ruleFiles);
        return files;
    }

    /** The rule files, which decide (and which a rollback restores): the files at the folder's top level. */
    public Map<String, String> ruleFiles() {
        return select(true);
    }

    /** The files the gates checked this version against (its scenarios), by path relative to the folder. */
    public Map<String, String> checkedFiles() {
        return select(false);
    }

    private Map<String, String> select(boolean topLevel) {
        Map<String, String> selected = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.contains("/") != topLevel) {
                selected.put(path, text);
            }
        });
        return selected;
    }

    /**
     * The version id of a set of rule files: the first 12 hex digits of a SHA-256 over their names and contents
     * in name order. Only rule files count: they alone decide, so a README, scenario or list edit makes no new
     * version id, and restoring a version's rule files gives back exactly its id.
     */
    public static String contentHash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (var file : new TreeMap<>(files).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
