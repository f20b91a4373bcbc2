package org.bss.system.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * JDBC access to the database of the server under test, for test fixtures only (see {@link TestUsers}).
 * <p>
 * Connection from the system properties {@code bss.db.url}, {@code bss.db.user}, {@code bss.db.password}
 * (system-tests/pom.xml passes them to failsafe; default: the embedded H2 file database of the local domain,
 * opened with AUTO_SERVER=TRUE so that it is shared with the running server). Every call opens its own
 * connection in auto-commit mode: the server sees a fixture as soon as the method returns.
 */
public final class TestDatabase {

    static final String URL = h2PathNormalized(property(
            "bss.db.url",
            "jdbc:h2:../runtime/domains/bes-domain/bssdb/bss;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"));
    static final String USER = property("bss.db.user", "bss");
    static final String PASSWORD = property("bss.db.password", "bss");

    private TestDatabase() {}

    /** Work done with one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on a new auto-commit connection and closes it. */
    public static <T> T with(Work<T> work) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "test database " + URL + " (user " + USER + "): " + e.getMessage()
                            + " — set -Dbss.db.url/-Dbss.db.user/-Dbss.db.password to the server's database",
                    e);
        }
    }

    /** Runs {@code work} in one transaction (commit at the end, rollback on failure). */
    public static <T> T inTransaction(Work<T> work) {
        return with(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        });
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.contains("${")) {
            throw new IllegalStateException(name + "=" + value
                    + " has an unresolved placeholder: with BSS_DB=postgresql set "
                    + "BSS_DB_HOST, BSS_DB_PORT, BSS_DB_NAME, BSS_DB_USER and BSS_DB_PWD, or pass -D" + name + "=...");
        }
        return value;
    }

    /** jdbc:h2:/a/b/../c;... becomes jdbc:h2:/a/c;... so that H2 finds the server's lock file (AUTO_SERVER). */
    static String h2PathNormalized(String url) {
        String prefix = "jdbc:h2:";
        if (!url.startsWith(prefix)
                || url.startsWith(prefix + "tcp:")
                || url.startsWith(prefix + "ssl:")
                || url.startsWith(prefix + "mem:")) {
            return url;
        }
        String rest = url.substring(prefix.length());
        String filePrefix = rest.startsWith("file:") ? "file:" : "";
        int semicolon = rest.indexOf(';');
        String path = rest.substring(filePrefix.length(), semicolon < 0 ? rest.length() : semicolon);
        String options = semicolon < 0 ? "" : rest.substring(semicolon);
        return prefix + filePrefix + Path.of(path).toAbsolutePath().normalize() + options;
    }
}
