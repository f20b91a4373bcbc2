package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bss.common.persistence.DatabaseMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** V3__organizations applies on H2 (plain and PostgreSQL mode) after V1, together with every other migration. */
class OrganizationMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
    void v2AddsTheOrganizationColumns(String mode) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:org" + Integer.toUnsignedString(mode.hashCode()) + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("sa");
        ds.setPassword("");
        MigrateResult result = DatabaseMigration.migrate(ds, getClass().getClassLoader());
        assertThat(result.success).isTrue();
        assertThat(result.migrations).anySatisfy(m -> assertThat(m.version).isEqualTo("3"));

        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            long key;
            try (ResultSet rs = s.executeQuery("select nextval('organization_seq')")) {
                rs.next();
                key = rs.getLong(1);
                assertThat(key).isGreaterThanOrEqualTo(10000L);
            }
            s.executeUpdate(
                    "insert into organization (org_key, org_id, name, email, locale, created_at, version, address, phone, url, "
                            + "description, domicile, marketplace_id, operator_revenue_share, distinguished_name, payment_types) values ("
                            + key
                            + ", 'a1b2c3d4', '株式会社テスト', null, 'ja', current_timestamp, 0, 'Tokyo', '+81 3', 'https://x.jp', "
                            + "'desc', 'JP', 'mp1', 15.25, 'CN=a,O=b', 'INVOICE')");
            s.executeUpdate("insert into organization (org_key, org_id, name, locale, created_at, version) values ("
                    + (key + 1) + ", 'b', 'n', 'en', current_timestamp, 0)");
            s.executeUpdate("insert into organization (org_key, org_id, name, locale, created_at, version) values ("
                    + (key + 2) + ", 'c', 'n', 'en', current_timestamp, 0)"); // two NULL distinguished names
            try (ResultSet rs = s.executeQuery(
                    "select name, operator_revenue_share, distinguished_name from organization where org_key = "
                            + key)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("株式会社テスト");
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("15.25");
                assertThat(rs.getString(3)).isEqualTo("CN=a,O=b");
            }
            assertThatThrownBy(() -> s.executeUpdate(
                            "update organization set distinguished_name = 'CN=a,O=b' where org_key = " + (key + 1)))
                    .isInstanceOf(SQLException.class);
            s.executeUpdate(
                    "update platform_user set additional_name = 'x', address = 'y', phone = '1' where user_key = 1000");
            try (ResultSet rs =
                    s.executeQuery("select additional_name, address, phone from platform_user where user_key = 1000")) {
                rs.next();
                assertThat(rs.getString(1) + rs.getString(2) + rs.getString(3)).isEqualTo("xy1");
            }
        }
    }
}
