package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule versions in the service's database (table {@code rule_versions}, migration V9): one row per version that
 * went live, with the changed files and its files (every rule file, and the files it was checked against under their
 * {@code scenarios/} or {@code gate/} paths; rows from before scenarios were recorded hold rule files only) and,
 * since V43, who put it live through the service ({@code origin}), so a restart keeps the history and a rollback can
 * reach a version from before it. Since V48 a row holds each file as the SHA-256 of its text ({@code file_refs}) and
 * the text sits once per distinct content in {@code rule_file_texts}: the dialogue's ~280 KB
 * {@code gate/decisions.yml} was written whole into every version's row, and most versions change one file. Rows
 * written before V48 held their texts in {@code files}; V55 converted them to references
 * ({@link RuleVersionTextsConversion}), so every row reads its texts from {@code rule_file_texts}. A row that still
 * holds texts (written into the table by hand, or by a service older than V48 after the migration) reads as it always
 * did. Rows and texts are never deleted.
 * Thread-safe (stateless over JDBC; two writers of the same text both end with it stored once).
 */
public final class JdbcRuleVersionStore implements RuleVersionStore {
    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcRuleVersionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<RuleVersion> versions(String ruleSet, int limit) {
        List<Row> rows = jdbc.sql("""
                        SELECT version, live_since, changed_files, files, file_refs, origin FROM rule_versions
                        WHERE rule_set = :set ORDER BY id DESC LIMIT :limit""")
                .param("set", ruleSet).param("limit", limit)
                .query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        json.readValue(rs.getString(3), new TypeReference<List<String>>() { }),
                        rs.getString(4) == null ? null : json.readValue(rs.getString(4), FILES),
                        rs.getString(5) == null ? null : json.readValue(rs.getString(5), FILES), rs.getString(6)))
                .list().reversed();
        Set<String> hashes = new TreeSet<>();
        rows.stream().filter(r -> r.refs() != null).forEach(r -> hashes.addAll(r.refs().values()));
        Map<String, String> texts = texts(hashes);
        return rows.stream().map(r -> r.version(texts)).toList();
    }

    @Override
    public void add(String ruleSet, RuleVersion version) {
        Map<String, String> refs = new TreeMap<>();
        version.files().forEach((path, text) -> refs.put(path, store(text)));
        jdbc.sql("""
                        INSERT INTO rule_versions (rule_set, version, live_since, changed_files, file_refs, origin)
                        VALUES (:set, :version, :since, :changed, :refs, :origin)""")
                .param("set", ruleSet).param("version", version.version())
                .param("since", Timestamp.from(version.liveSince()))
                .param("changed", json.writeValueAsString(version.changedFiles()))
                .param("refs", json.writeValueAsString(refs))
                .param("origin", version.origin())
                .update();
    }

    /** How many distinct file texts the store holds, for tests and operators sizing the table. */
    public long storedTexts() {
        return jdbc.sql("SELECT COUNT(*) FROM rule_file_texts").query(Long.class).single();
    }

    /** Stores {@code text} unless a version stored the same text before; returns its SHA-256. */
    private String store(String text) {
        String hash = sha256(text);
        boolean known = jdbc.sql("SELECT COUNT(*) FROM rule_file_texts WHERE sha256 = :hash").param("hash", hash)
                .query(Long.class).single() > 0;
        if (!known) {
            try {
                jdbc.sql("INSERT INTO rule_file_texts (sha256, text) VALUES (:hash, :text)")
                        .param("hash", hash).param("text", text).update();
            } catch (DuplicateKeyException alreadyStored) {
                // Another writer stored the same text in between: it is there, which is all that counts.
            }
        }
        return hash;
    }

    private Map<String, String> texts(Set<String> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> texts = new HashMap<>();
        jdbc.sql("SELECT sha256, text FROM rule_file_texts WHERE sha256 IN (:hashes)").param("hashes", hashes)
                .query((rs, n) -> texts.put(rs.getString(1), rs.getString(2))).list();
        return texts;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row as read: its files either as texts (before V48) or as references to {@code rule_file_texts}. */
    private record Row(String version, java.time.Instant liveSince, List<String> changed, Map<String, String> files,
                       Map<String, String> refs, String origin) {
        RuleVersion version(Map<String, String> texts) {
            Map<String, String> resolved = files == null ? new TreeMap<>() : new TreeMap<>(files);
            if (refs != null) {
                refs.forEach((path, hash) -> {
                    String text = texts.get(hash);
                    if (text == null) {
                        throw new IllegalStateException("Rule version " + version + ": the text of " + path
                                + " (sha256 " + hash + ") is missing from rule_file_texts");
                    }
                    resolved.put(path, text);
                });
            }
            return new RuleVersion(version, liveSince, changed, resolved, origin);
        }
    }
}
