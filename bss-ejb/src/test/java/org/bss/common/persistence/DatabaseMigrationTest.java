package org.bss.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bss.identity.PasswordHash;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real migrations on in-memory H2 (plain and in PostgreSQL compatibility mode). */
class DatabaseMigrationTest {

    private static JdbcDataSource h2(String name, String mode) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
    void migratesAndBootstrapsTheAdministrator(String mode) throws SQLException {
        JdbcDataSource ds = h2("m" + Integer.toUnsignedString(mode.hashCode()), mode);
        MigrateResult result = DatabaseMigration.migrate(ds, getClass().getClassLoader());
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);

        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("select u.user_key, u.user_id, u.password_hash, u.password_change_required, "
                            + "u.status, u.failed_login_count, o.org_id, o.name from platform_user u join organization o on o.org_key = u.org_key "
                            + "where u.user_id = 'administrator'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1000L);
                assertThat(PasswordHash.verify("admin123", rs.getString(3))).isTrue();
                assertThat(rs.getBoolean(4)).isTrue();
                assertThat(rs.getString(5)).isEqualTo("ACTIVE");
                assertThat(rs.getInt(6)).isZero();
                assertThat(rs.getString(7)).isEqualTo("PLATFORM_OPERATOR");
                assertThat(rs.getString(8)).isEqualTo("Platform operator");
            }
            assertThat(strings(s, "select role_name from user_role where user_key = 1000 order by role_name"))
                    .containsExactly("ORGANIZATION_ADMIN", "PLATFORM_OPERATOR");
            assertThat(strings(s, "select role_name from organization_role where org_key = 1000"))
                    .containsExactly("PLATFORM_OPERATOR");
            assertThat(strings(s, "select cast(offset_ms as varchar(20)) from test_clock"))
                    .containsExactly("0");
            assertThat(strings(s, "select currency_code from supported_currency order by currency_code"))
                    .containsExactly("EUR", "JPY", "USD");
            try (ResultSet rs = s.executeQuery("select next value for platform_user_seq")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(10000L);
            }
            for (String table : List.of("config_setting", "due_work", "api_token")) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(table).isZero();
                }
            }
            // constraints hold
            assertThatThrownBy(() -> s.executeUpdate(
                            "insert into test_clock (id, offset_ms, changed_at) values (2, 0, current_timestamp)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("update platform_user set status = 'GONE' where user_key = 1000"))
                    .isInstanceOf(SQLException.class);
        }
        // a second run changes nothing
        assertThat(DatabaseMigration.migrate(ds, getClass().getClassLoader()).migrationsExecuted)
                .isZero();
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
