package io.shopdesk.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema keeps accepting rows after the connection that ran the migrations is gone.
 *
 * <p>H2 2.4.240 (the version Spring Boot 4.0.7 manages) rejects every insert into a table whose CHECK constraint has
 * an {@code IN (...)} list once the connection that created the constraint has been closed ("Check constraint
 * invalid"). Customers, conversations, risk decisions and escalations all have one, and the connection pool retires
 * connections after 30 minutes, so a running service would then have stopped storing them. The project pins H2
 * 2.3.232; this test fails on a version with that bug.
 */
class MigratedSchemaTest {

    @Test
    void checkConstraintsHoldAndValidRowsAreStoredOnANewConnection() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrated-schema;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int inserted = statement.executeUpdate(
                    "INSERT INTO customers (name, phone, tier, preferred_language) VALUES ('测试', '13900000001', 'gold', 'en')");
            assertThat(inserted).isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO customers (name, phone, tier) VALUES ('test', '13900000002', 'platinum')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_customers_tier"));
        }
    }
}
