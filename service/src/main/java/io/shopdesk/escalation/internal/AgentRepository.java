package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.Agent;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Console users (agents and supervisors) in the {@code agents} table. Thread-safe. */
@Repository
public class AgentRepository {
    private final JdbcClient jdbc;

    public AgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Login(Agent agent, String passwordHash, boolean enabled) {
    }

    Optional<Login> login(String username) {
        return jdbc.sql("SELECT username, display_name, role, team, password_hash, enabled FROM agents WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new Login(new Agent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getString(5), rs.getBoolean(6)))
                .optional();
    }

    public Optional<Agent> find(String username) {
        return login(username).filter(Login::enabled).map(Login::agent);
    }

    public List<Agent> all() {
        return jdbc.sql("SELECT username, display_name, role, team FROM agents WHERE enabled ORDER BY username")
                .query((rs, n) -> new Agent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
