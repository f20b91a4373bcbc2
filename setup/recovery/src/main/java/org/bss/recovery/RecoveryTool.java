package org.bss.recovery;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.bss.audit.AuditCaller;
import org.bss.audit.AuditOperation;
import org.bss.cli.CliException;
import org.bss.cli.ExitCode;

/**
 * The offline recovery commands behind {@code ./bss unlock <userId>} and {@code ./bss reset-password <userId>}
 * (docs/operations.md "Locked out"): the way back when every operator is locked, since every surface of the product
 * needs a logged-in operator. They talk JDBC to the installation's database ({@link DatabaseSettings}), with the
 * server running or stopped. Messages and exit codes follow the operator client's (docs/cli.md): one
 * {@code Error: ...} line on stderr, 2 usage, 3 the database refused the credentials, 5 unknown user (nothing
 * changed), 6 database unreachable, 1 anything else.
 */
public final class RecoveryTool {

    static final String USAGE = """
            Usage (offline recovery; the server may be running or stopped):
              ./bss unlock <userId>          unlock the user and clear its failed-login count
              ./bss reset-password <userId>  set a new initial password, printed once; it must be changed at the next login
            <userId> is the login name of the portal (the bootstrap operator is "administrator"), not the user key.
            The database is the server's: BSS_DB, BSS_DB_HOST/PORT/NAME/USER/PWD, BSS_DB_URL, BSS_RUNTIME, else
            setup/db.properties and setup/bss.properties (docs/operations.md).
            """;

    /** Opens a connection to the settings' database. */
    @FunctionalInterface
    interface Database {
        Connection open(DatabaseSettings settings) throws SQLException;
    }

    private final Path setupDir;
    private final Map<String, String> env;
    private final Database database;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    RecoveryTool(
            Path setupDir, Map<String, String> env, Database database, Clock clock, PrintStream out, PrintStream err) {
        this.setupDir = setupDir;
        this.env = env;
        this.database = database;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Database jdbc = s -> DriverManager.getConnection(s.url(), s.user(), s.password());
        System.exit(new RecoveryTool(setupDir(), System.getenv(), jdbc, Clock.systemUTC(), System.out, System.err)
                .run(args));
    }

    /** Runs one command; returns the exit code. */
    int run(String[] args) {
        if (args.length == 1 && (args[0].equals("help") || args[0].equals("-h") || args[0].equals("--help"))) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        try {
            if (args.length == 0) {
                throw new CliException(ExitCode.USAGE, "No command given.");
            }
            if (!args[0].equals("unlock") && !args[0].equals("reset-password")) {
                throw new CliException(ExitCode.USAGE, "Unknown command '" + args[0] + "'.");
            }
            if (args.length != 2 || args[1].isBlank()) {
                throw new CliException(
                        ExitCode.USAGE, args.length > 2 ? "Give one user id." : "The user id is missing.");
            }
        } catch (CliException e) {
            err.println("Error: " + e.getMessage());
            err.print(USAGE);
            return e.exitCode();
        }
        try {
            DatabaseSettings settings = DatabaseSettings.resolve(setupDir, env);
            try (Connection c = connect(settings)) {
                UserRecovery recovery = new UserRecovery(c, clock, System.getProperty("user.name", ""), hostName());
                if (args[0].equals("unlock")) {
                    report(recovery.unlock(args[1]));
                } else {
                    report(recovery.resetPassword(args[1]));
                }
            } catch (SQLException e) {
                throw new CliException(ExitCode.OTHER, "Database error on " + settings + ": " + e.getMessage());
            }
            return ExitCode.OK;
        } catch (CliException e) {
            err.println("Error: " + e.getMessage());
            return e.exitCode();
        }
    }

    private void report(UserRecovery.Unlocked result) {
        UserRecovery.Account a = result.before();
        if (!result.changed()) {
            out.println("User " + a.userId() + " is not locked and has no failed logins: nothing changed.");
            return;
        }
        out.println((a.locked() ? "User " + a.userId() + " unlocked" : "User " + a.userId() + " was not locked")
                + "; its failed-login count (" + a.failedLogins() + ") is cleared. It can log in now.");
        audited(AuditOperation.UNLOCK_USER);
    }

    private void report(UserRecovery.Reset result) {
        out.println("Password of user " + result.before().userId() + " reset; the account is active"
                + (result.before().locked() ? " again" : "") + ".");
        audited(AuditOperation.RESET_PASSWORD);
        out.println("The new password is shown only this once; it must be changed at the next login (portal, REST):");
        out.println("initialPassword=" + result.password());
    }

    private void audited(AuditOperation operation) {
        out.println("Recorded in the audit log: " + operation.id() + " " + operation.operationName() + " by "
                + AuditCaller.LOCAL_ADMINISTRATOR_USER_ID + ".");
    }

    private Connection connect(DatabaseSettings settings) throws CliException {
        try {
            return database.open(settings);
        } catch (SQLException e) {
            throw connectFailure(settings, e);
        }
    }

    /** A failed connection as the operator client reports an unreachable server or refused credentials. */
    static CliException connectFailure(DatabaseSettings settings, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // H2: DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 (90146), DATABASE_NOT_FOUND_1 (90013)
        if (DatabaseSettings.H2.equals(settings.type()) && (e.getErrorCode() == 90146 || e.getErrorCode() == 90013)) {
            return new CliException(
                    ExitCode.UNREACHABLE,
                    "There is no BSS database at " + settings.url()
                            + ": set up the domain first (./bss start), or set BSS_RUNTIME or BSS_DB_URL to the server's.");
        }
        if (state.startsWith("28")) {
            return new CliException(
                    ExitCode.AUTHENTICATION,
                    "The database " + settings.url() + " refused the user " + settings.user()
                            + " (BSS_DB_USER, BSS_DB_PWD or setup/db.properties): " + e.getMessage());
        }
        if (state.startsWith("08")) {
            return new CliException(
                    ExitCode.UNREACHABLE,
                    "Cannot reach the database " + settings.url()
                            + " (is it running? BSS_DB_HOST, BSS_DB_PORT or setup/db.properties): " + e.getMessage());
        }
        return new CliException(ExitCode.OTHER, "Cannot open the database " + settings + ": " + e.getMessage());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "");
        }
    }

    /** {@code -Dbss.setup.dir} (./bss sets it), else the setup directory this jar was built in (setup/recovery/target). */
    private static Path setupDir() {
        String dir = System.getProperty("bss.setup.dir");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        try {
            Path jar = Path.of(RecoveryTool.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return jar.getParent().getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("setup");
        }
    }
}
