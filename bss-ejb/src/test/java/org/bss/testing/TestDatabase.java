package org.bss.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bss.common.persistence.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The in-memory H2 database of the service-level tests and the persistence unit {@code bss} on it, one per test JVM
 * (making them costs seconds; surefire runs the tests of a JVM one after the other). The Flyway migrations run once;
 * {@link #reset} puts the database back to what they left before each test (H2's own SCRIPT of it), so every test
 * starts from the bootstrap operator and nothing else.
 */
final class TestDatabase {

    /** The flags of the server's H2 URL (setup/build.xml), so SQL behaves as it does there. */
    private static final String URL = "jdbc:h2:mem:bss-service-tests;DB_CLOSE_DELAY=-1;"
            + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final JdbcDataSource DATA_SOURCE = dataSource();
    private static final List<String> MIGRATED = migrate();
    private static final EntityManagerFactory FACTORY = Persistence.createEntityManagerFactory(
            "bss",
            Map.of(
                    // persistence.xml names the server's JTA data source BSSDS: here a resource-local unit on the URL
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.url", URL,
                    "jakarta.persistence.jdbc.user", "sa",
                    "jakarta.persistence.jdbc.password", "",
                    "eclipselink.weaving", "false",
                    "eclipselink.logging.level.metadata",
                            "SEVERE")); // not "lazy reverted for lack of weaving" per entity

    private TestDatabase() {}

    /** The persistence unit, on a database just as the migrations left it. */
    static EntityManagerFactory reset() {
        try (Connection c = DATA_SOURCE.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop all objects");
            for (String statement : MIGRATED) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database", e);
        }
        FACTORY.getCache().evictAll();
        return FACTORY;
    }

    private static JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(URL);
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /** Runs the migrations and returns the statements that re-create their result. */
    private static List<String> migrate() {
        DatabaseMigration.migrate(DATA_SOURCE, TestDatabase.class.getClassLoader());
        List<String> statements = new ArrayList<>();
        try (Connection c = DATA_SOURCE.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("script nopasswords nosettings")) {
            while (rs.next()) {
                statements.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the migrated test database", e);
        }
        return List.copyOf(statements);
    }
}
