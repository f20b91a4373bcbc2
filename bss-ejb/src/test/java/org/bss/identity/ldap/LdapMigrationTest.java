package org.bss.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bss.common.persistence.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** V6__ldap on H2, plain and in PostgreSQL mode, after the earlier migrations. */
class LdapMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
    void createsTheLdapTablesAndTheUserFlag(String mode) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:ldap" + Integer.toUnsignedString(mode.hashCode()) + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        ds.setPassword("");
        assertThat(DatabaseMigration.migrate(ds, getClass().getClassLoader()).success)
                .isTrue();

        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select ldap_managed from platform_user where user_key = 1000")) {
                rs.next();
                assertThat(rs.getBoolean(1))
                        .as("existing users are not LDAP users")
                        .isFalse();
            }
            s.executeUpdate("insert into organization (org_key, org_id, name, locale, created_at, version)"
                    + " values (20000, 'ldaporg', 'LDAP org', 'ja', current_timestamp, 0)");
            s.executeUpdate(
                    "insert into organization_ldap_setting (org_key, setting_key, setting_value) values (20000, 'LDAP_URL', 'ldap://h:389')");
            s.executeUpdate("insert into organization_ldap_setting (org_key, setting_key, setting_value)"
                    + " values (20000, 'LDAP_BASE_DN', 'ou=営業,dc=example,dc=jp')");
            assertThatThrownBy(() -> s.executeUpdate(
                            "insert into organization_ldap_setting (org_key, setting_key, setting_value)"
                                    + " values (20000, 'LDAP_URL', 'ldap://other')"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(
                            "insert into organization_ldap_setting (org_key, setting_key, setting_value)"
                                    + " values (99999, 'LDAP_URL', 'ldap://other')"))
                    .as("foreign key")
                    .isInstanceOf(SQLException.class);
            s.executeUpdate(
                    "insert into ldap_platform_setting (setting_key, setting_value) values ('LDAP_ATTR_UID', 'uid')");
            s.executeUpdate(
                    "insert into platform_user (user_key, user_id, org_key, locale, failed_login_count, status,"
                            + " password_change_required, created_at, version) values (20001, 'taro', 20000, 'ja', 0, 'ACTIVE', false, current_timestamp, 0)");
            assertThat(s.executeUpdate("update platform_user set ldap_managed = true where user_key = 20001"))
                    .isEqualTo(1);
            try (ResultSet rs = s.executeQuery(
                    "select count(*) from platform_user where org_key = 20000 and ldap_managed = true")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            s.executeUpdate("delete from platform_user where user_key = 20001");
            s.executeUpdate("delete from organization where org_key = 20000");
            try (ResultSet rs = s.executeQuery("select count(*) from organization_ldap_setting")) {
                rs.next();
                assertThat(rs.getInt(1))
                        .as("settings go with their organization")
                        .isZero();
            }
        }
    }
}
