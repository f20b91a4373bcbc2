package org.bss.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.bss.cli.CliException;
import org.bss.cli.ExitCode;

/**
 * The installation's database, found the way setup/build.xml finds it (docs/operations.md "Settings"), so that the
 * recovery commands reach the database the server uses: a non-empty environment variable ({@code BSS_DB},
 * {@code BSS_DB_HOST}, {@code BSS_DB_PORT}, {@code BSS_DB_NAME}, {@code BSS_DB_USER}, {@code BSS_DB_PWD},
 * {@code BSS_DB_URL}, {@code BSS_RUNTIME}, {@code BSS_DOMAIN}) wins over a non-empty key of
 * {@code setup/bss.properties} or {@code setup/db.properties}, which wins over the default.
 * <p>
 * H2 is the domain's file database opened with {@code AUTO_SERVER=TRUE}, exactly as the server opens it, so the
 * command works while the server holds the file (it then connects through the server's H2) and when it is stopped;
 * {@code IFEXISTS=TRUE} is added so that a wrong runtime directory is an error, not a new empty database.
 */
record DatabaseSettings(String type, String url, String user, String password) {

    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";
    /** The settings of build.xml's H2 URL (docs/operations.md, BSSDS). */
    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    /** The password is never part of the text (it is printed in error messages). */
    @Override
    public String toString() {
        return url + " (user " + user + ")";
    }

    /**
     * @param setupDir the {@code setup} directory of the installation (its *.properties; relative paths in
     *        settings are taken relative to it, as Ant does)
     * @throws CliException exit 2: db.type is neither h2 nor postgresql, or a settings file cannot be read
     */
    static DatabaseSettings resolve(Path setupDir, Map<String, String> env) throws CliException {
        Properties file = new Properties();
        load(file, setupDir.resolve("bss.properties"));
        load(file, setupDir.resolve("db.properties"));
        Settings s = new Settings(env, file);
        String type = s.get("BSS_DB", "db.type", H2).toLowerCase(Locale.ROOT);
        String user = s.get("BSS_DB_USER", "db.user", "bss");
        String password = s.get("BSS_DB_PWD", "db.pwd", "bss");
        switch (type) {
            case POSTGRESQL -> {
                // as build.xml: db.url is only read for H2; PostgreSQL is host, port and name
                String url = "jdbc:postgresql://" + s.get("BSS_DB_HOST", "db.host", "127.0.0.1") + ":"
                        + s.get("BSS_DB_PORT", "db.port", "5432") + "/" + s.get("BSS_DB_NAME", "db.name", "bss");
                return new DatabaseSettings(POSTGRESQL, url, user, password);
            }
            case H2 -> {
                Path runtime = setupDir.resolve(s.get("BSS_RUNTIME", "bss.runtime.dir", "../runtime"));
                String domain = s.get("BSS_DOMAIN", "glassfish.bes.domain.name", "bes-domain");
                Path h2File = runtime.resolve("domains")
                        .resolve(domain)
                        .resolve("bssdb")
                        .resolve("bss")
                        .toAbsolutePath()
                        .normalize();
                String url = s.get("BSS_DB_URL", "db.url", "jdbc:h2:" + h2File + H2_OPTIONS);
                return new DatabaseSettings(H2, ifExists(url), user, password);
            }
            default ->
                throw new CliException(
                        ExitCode.USAGE,
                        "db.type must be h2 or postgresql, not '" + type + "' (BSS_DB or setup/db.properties).");
        }
    }

    /** An H2 URL that refuses to create a missing database. */
    static String ifExists(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
    }

    private static void load(Properties into, Path file) throws CliException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in); // ISO-8859-1, as Ant reads it
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, "Cannot read " + file + ": " + e.getMessage());
        }
        p.stringPropertyNames().forEach(k -> into.putIfAbsent(k, p.getProperty(k))); // first definition wins
    }

    /** build.xml's "setting" macro: non-empty environment variable, then non-empty file key, then default. */
    private record Settings(Map<String, String> env, Properties file) {
        String get(String envName, String key, String fallback) {
            String fromEnv = env.get(envName);
            if (fromEnv != null && !fromEnv.isEmpty()) {
                return fromEnv;
            }
            String fromFile = file.getProperty(key);
            return fromFile != null && !fromFile.isEmpty() ? fromFile : fallback;
        }
    }
}
