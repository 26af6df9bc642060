package io.shopdesk.ruleengine.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversion of migration V55: every {@code rule_versions} row written before V48 holds its files' whole texts
 * ({@code files}, path -> text); it gets {@code file_refs} (path -> SHA-256) instead, each text stored once in
 * {@code rule_file_texts}, and {@code files} emptied. Before, those rows were the only ones the history, a diff and a
 * rollback read whole texts from, and each kept its own copy of texts many rows share (a dialogue history of ~0.5 MB a
 * row). The texts and the hashes are those {@link JdbcRuleVersionStore} writes, so a text a later version recorded is
 * not stored twice. A row that holds neither is left alone; a row whose {@code files} is not a JSON object of texts
 * fails the migration naming its id (nothing converted is kept: Flyway runs it in one transaction). Stateless; run
 * once, by Flyway.
 */
public final class RuleVersionTextsConversion {
    private static final Logger log = LoggerFactory.getLogger(RuleVersionTextsConversion.class);
    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() { };

    private RuleVersionTextsConversion() {
    }

    /** Converts the rows on {@code connection}; returns how many. */
    public static int convert(Connection connection) throws SQLException {
        JsonMapper json = JsonMapper.builder().build();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM rule_versions WHERE file_refs IS NULL AND files IS NOT NULL ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        Set<String> stored = new HashSet<>();
        int texts = 0;
        // One row at a time: a long history of whole texts need not fit in memory at once.
        try (PreparedStatement read = connection.prepareStatement("SELECT files FROM rule_versions WHERE id = ?");
             PreparedStatement known = connection.prepareStatement("SELECT COUNT(*) FROM rule_file_texts WHERE sha256 = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rule_file_texts (sha256, text) VALUES (?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE rule_versions SET file_refs = ?, files = NULL WHERE id = ?")) {
            for (long id : ids) {
                Map<String, String> files = files(read, id, json);
                Map<String, String> refs = new TreeMap<>();
                for (Map.Entry<String, String> file : files.entrySet()) {
                    String hash = JdbcRuleVersionStore.sha256(file.getValue());
                    refs.put(file.getKey(), hash);
                    if (stored.add(hash) && !isStored(known, hash)) {
                        insert.setString(1, hash);
                        insert.setString(2, file.getValue());
                        insert.executeUpdate();
                        texts++;
                    }
                }
                update.setString(1, json.writeValueAsString(refs));
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
        log.info("V55: {} rule versions recorded before V48 now refer to their texts in rule_file_texts ({} texts added)",
                ids.size(), texts);
        return ids.size();
    }

    private static Map<String, String> files(PreparedStatement read, long id, JsonMapper json) throws SQLException {
        read.setLong(1, id);
        try (ResultSet row = read.executeQuery()) {
            row.next();
            String text = row.getString(1);
            try {
                Map<String, String> files = json.readValue(text, FILES);
                if (files == null || files.values().stream().anyMatch(v -> v == null)) {
                    throw new IllegalStateException("rule_versions row " + id + ": files holds no text for some path");
                }
                return files;
            } catch (JacksonException e) {
                throw new IllegalStateException("rule_versions row " + id + ": files is not a JSON object of path -> "
                        + "text, so it cannot be converted: " + e.getOriginalMessage(), e);
            }
        }
    }

    private static boolean isStored(PreparedStatement known, String hash) throws SQLException {
        known.setString(1, hash);
        try (ResultSet count = known.executeQuery()) {
            count.next();
            return count.getLong(1) > 0;
        }
    }
}
