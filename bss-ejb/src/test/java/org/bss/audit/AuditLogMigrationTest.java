package org.bss.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.bss.common.persistence.DatabaseMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** V4__audit_log applies on in-memory H2 (plain and PostgreSQL mode) and its table takes entries. */
class AuditLogMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
    void auditLogTableIsCreated(String mode) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit" + Integer.toUnsignedString(mode.hashCode()) + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        ds.setPassword("");
        MigrateResult result = DatabaseMigration.migrate(ds, getClass().getClassLoader());
        assertThat(result.success).isTrue();
        assertThat(result.migrations).anyMatch(m -> "4".equals(m.version));

        String pairs = "userId=a|orgId=O|orgName=富士通|v=" + "x".repeat(3900);
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "insert into audit_log (id, occurred_at, operation_id, operation_name, "
                            + "user_id, org_id, org_name, pairs) values (next value for audit_log_seq, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setTimestamp(1, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
                p.setInt(2, 30000);
                p.setString(3, "Subscribe to service");
                p.setString(4, "SYSTEM");
                p.setString(5, null);
                p.setString(6, null);
                p.setString(7, pairs);
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery(
                        "select id, pairs from audit_log where occurred_at >= timestamp '2026-01-01 00:00:00'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isPositive();
                    assertThat(rs.getString(2)).isEqualTo(pairs);
                }
                try (ResultSet rs = s.executeQuery("select count(*) from information_schema.indexes "
                        + "where lower(index_name) = 'ix_audit_log_occurred_at'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isPositive();
                }
                assertThatThrownBy(
                                () -> s.executeUpdate(
                                        "insert into audit_log (id, occurred_at, operation_id, operation_name, user_id, pairs) "
                                                + "values (next value for audit_log_seq, current_timestamp, 10000, 'x', 'u', '')"))
                        .isInstanceOf(SQLException.class);
            }
        }
        assertThat(DatabaseMigration.migrate(ds, getClass().getClassLoader()).migrationsExecuted)
                .isZero();
    }
}
