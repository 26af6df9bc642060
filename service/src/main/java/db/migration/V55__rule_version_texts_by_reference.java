package db.migration;

import io.shopdesk.ruleengine.internal.RuleVersionTextsConversion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Converts the rule versions recorded before V48, which hold every file's whole text in their row, to references into
 * {@code rule_file_texts} as the rows since V48 are ({@link RuleVersionTextsConversion}). Java, not SQL: it hashes each
 * text (SHA-256 of its UTF-8 bytes, as the store does) and reads the rows' JSON the same way on H2 and PostgreSQL.
 * It sits in {@code db.migration} because that is where Flyway finds the migrations of {@code classpath:db/migration};
 * the work is the rule engine's.
 */
public class V55__rule_version_texts_by_reference extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        RuleVersionTextsConversion.convert(context.getConnection());
    }
}
