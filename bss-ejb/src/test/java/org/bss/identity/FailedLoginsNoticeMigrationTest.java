package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bss.common.persistence.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** V8: the failure count a successful login resets is kept; rows written without the column (fixtures, JPA) get 0. */
class FailedLoginsNoticeMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
    void keepsTheCountTheLoginResets(String mode) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:notice" + Integer.toHexString(mode.hashCode()) + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        ds.setPassword("");
        assertThat(DatabaseMigration.migrate(ds, getClass().getClassLoader()).success)
                .isTrue();

        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "insert into platform_user (user_key, user_id, org_key, locale, failed_login_count, status,"
                            + " password_change_required, created_at, version) values (20001, 'taro', 1000, 'ja', 2, 'ACTIVE', false, current_timestamp, 0)");
            assertThat(counts(s)).isEqualTo("2/0");
            // the success update of CredentialChecker: the right-hand side reads the values before the update
            s.executeUpdate(
                    "update platform_user set failed_logins_before_last_login = failed_login_count, failed_login_count = 0"
                            + " where user_key = 20001");
            assertThat(counts(s)).isEqualTo("0/2");
        }
    }

    private static String counts(Statement s) throws SQLException {
        try (ResultSet rs =
                s.executeQuery("select failed_login_count, failed_logins_before_last_login from platform_user"
                        + " where user_key = 20001")) {
            rs.next();
            return rs.getInt(1) + "/" + rs.getInt(2);
        }
    }
}
