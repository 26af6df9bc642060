package io.shopdesk;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh in-memory H2 database in PostgreSQL mode, migrated by the service's own Flyway scripts and pooled as in the
 * service (Hikari), for tests of one repository or class against the real schema without a Spring context. Each
 * instance is its own database; close it after the test. Thread-safe as the pool is.
 */
public final class MigratedDatabase implements AutoCloseable {
    private final HikariDataSource data = new HikariDataSource();

    /** {@code name} only makes the database's URL readable in logs; every instance is a database of its own. */
    public MigratedDatabase(String name) {
        data.setJdbcUrl("jdbc:h2:mem:" + name + "-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        data.setUsername("sa");
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
    }

    public HikariDataSource dataSource() {
        return data;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(data);
    }

    public JdbcTemplate jdbcTemplate() {
        return new JdbcTemplate(data);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(data));
    }

    @Override
    public void close() {
        data.close();
    }
}
