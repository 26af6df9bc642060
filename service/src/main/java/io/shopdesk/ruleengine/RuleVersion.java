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
 * A version of a rule set that went live: its content hash, when, which rule files changed from the version
 * before, and the files' text (so that a rollback, even after a restart, can restore them; binary
 * {@code .drl.xlsx} tables are Base64-encoded). Immutable.
 */
public record RuleVersion(String version, Instant liveSince, List<String> changedFiles, Map<String, String> files) {

    public RuleVersion {
        changedFiles = List.copyOf(changedFiles);
        files = Map.copyOf(files);
    }

    /**
     * The version id of a set of rule files: the first 12 hex digits of a SHA-256 over their names and contents
     * in name order. Only rule files count, so a README, scenario or list edit makes no new version, and restoring
     * a version's files gives back exactly its id.
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
