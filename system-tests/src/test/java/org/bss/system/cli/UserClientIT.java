package org.bss.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user commands of the operator client as processes (guide §5.4): lockuser, unlockuser and resetpasswordforuser
 * on a user of another organization, with the stored state and the mail the user gets (GreenMail), an unknown user
 * id, callers without the operator role (also the organization's own administrator) and bad arguments.
 */
class UserClientIT {

    static final Path JAR = OperatorClientIT.JAR;
    static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    private static TestUser operator;
    private static TestUser plainUser;
    private static TestOrganization org;

    @TempDir
    Path workDir;

    record Result(int code, String out, String err) {}

    @BeforeAll
    static void fixtures() {
        assertThat(JAR).as("build setup/operator-client first").isRegularFile();
        TestMailServer.start();
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
        org = TestOrganizations.create();
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
        TestUsers.delete(operator, plainUser);
    }

    Result cli(TestUser user, String... args) throws Exception {
        return cli(user.key(), user.password(), args);
    }

    Result cli(String userKey, String password, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--url=" + OperatorClientIT.BASE,
                userKey,
                password));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("BSS_URL");
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("client finished").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A new subscription manager of the fixture organization with a mailbox of its own and this locale. */
    static TestUser user(String kind, String locale, String[] mailbox) {
        TestUser user = TestOrganizations.addUser(org, kind, "SUBSCRIPTION_MANAGER");
        mailbox[0] = TestMailServer.address(kind);
        TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("update platform_user set email = ?, locale = ? where user_key = ?")) {
                s.setString(1, mailbox[0]);
                s.setString(2, locale);
                s.setLong(3, user.userKey());
                return s.executeUpdate();
            }
        });
        return user;
    }

    @Test
    void lockuserAndUnlockuserChangeTheAccountAndTellTheUserByMail() throws Exception {
        String[] mailbox = new String[1];
        TestUser user = user("cli-lock", "en", mailbox);

        Result locked = cli(operator, "lockuser", "userid=" + user.userId());

        assertThat(locked.code()).as(locked.err()).isZero();
        assertThat(locked.out()).isEqualTo("User " + user.userId() + " is locked." + System.lineSeparator());
        assertThat(TestUsers.stored(user).status()).isEqualTo("LOCKED");
        MimeMessage lockMail = TestMailServer.awaitMail(mailbox[0], MAIL_WAIT);
        assertThat(TestMailServer.subject(lockMail)).isEqualTo("Your BSS user account has been locked");
        assertThat(TestMailServer.body(lockMail)).contains("user ID " + user.userId() + " has been locked");
        assertThat(cli(user, "lockuser", "userid=" + user.userId()).code())
                .as("a locked user cannot log in")
                .isEqualTo(3);

        Result unlocked = cli(operator, "unlockuser", "userid=" + user.userId());

        assertThat(unlocked.code()).as(unlocked.err()).isZero();
        assertThat(unlocked.out()).isEqualTo("User " + user.userId() + " is unlocked." + System.lineSeparator());
        TestUsers.Stored stored = TestUsers.stored(user);
        assertThat(stored.status()).isEqualTo("ACTIVE");
        assertThat(stored.failedLoginCount()).isZero();
        MimeMessage unlockMail =
                TestMailServer.awaitMails(mailbox[0], 2, MAIL_WAIT).get(1);
        assertThat(TestMailServer.subject(unlockMail)).isEqualTo("Your BSS user account has been unlocked");
        assertThat(cli(user, "lockuser", "userid=" + user.userId()).code())
                .as("logs in again, but is no operator")
                .isEqualTo(4);
    }

    @Test
    void resetpasswordforuserMailsATemporaryPasswordInTheUsersLanguageThatMustBeChanged() throws Exception {
        String[] mailbox = new String[1];
        TestUser user = user("cli-reset", "de", mailbox);
        String oldHash = TestUsers.stored(user).passwordHash();

        Result reset = cli(operator, "resetpasswordforuser", "userid=" + user.userId());

        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(reset.out()).startsWith("Password of user " + user.userId() + " reset");
        TestUsers.Stored stored = TestUsers.stored(user);
        assertThat(stored.passwordChangeRequired()).isTrue();
        assertThat(stored.status()).isEqualTo("ACTIVE");
        assertThat(stored.passwordHash()).isNotEqualTo(oldHash);
        MimeMessage mail = TestMailServer.awaitMail(mailbox[0], MAIL_WAIT);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Ihr BSS-Kennwort wurde zurückgesetzt");
        String temporary = temporaryPassword(mail, user.userId());
        assertThat(temporary).isNotBlank().isNotEqualTo(TestUsers.PASSWORD);
        assertThat(cli(user, "lockuser", "userid=x").code())
                .as("the old password is gone")
                .isEqualTo(3);
        assertThat(cli(user.key(), temporary, "lockuser", "userid=x").code())
                .as("the mailed one is the new one")
                .isEqualTo(4);
    }

    @Test
    void anUnknownUserIsRejectedWithExitFive() throws Exception {
        String nobody = "st-none-" + UUID.randomUUID().toString().substring(0, 8);
        for (String command : List.of("lockuser", "unlockuser", "resetpasswordforuser")) {
            Result r = cli(operator, command, "userid=" + nobody);
            assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(5);
            assertThat(r.err().lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("Error: ")
                    .contains(nobody, "does not exist");
            assertThat(r.out()).isEmpty();
        }
        Result self = cli(operator, "lockuser", "userid=" + operator.userId());
        assertThat(self.code()).as("the operator cannot lock itself").isEqualTo(5);
        assertThat(TestUsers.stored(operator).status()).isEqualTo("ACTIVE");
    }

    @Test
    void callersWithoutTheOperatorRoleAreNotPermittedAndNothingChanges() throws Exception {
        String[] mailbox = new String[1];
        TestUser user = user("cli-refused", "en", mailbox);

        for (TestUser caller : List.of(plainUser, org.admin())) {
            for (String command : List.of("lockuser", "resetpasswordforuser")) {
                Result r = cli(caller, command, "userid=" + user.userId());
                assertThat(r.code())
                        .as(caller.userId() + " " + command + ": " + r.err())
                        .isEqualTo(4);
                assertThat(r.err()).contains("role PLATFORM_OPERATOR required");
            }
        }
        TestUsers.Stored stored = TestUsers.stored(user);
        assertThat(stored.status()).isEqualTo("ACTIVE");
        assertThat(stored.passwordChangeRequired()).isFalse();

        assertThat(cli(operator, "lockuser", "userid=" + user.userId()).code()).isZero();
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(mailbox[0], MAIL_WAIT)))
                .isEqualTo("Your BSS user account has been locked");
        assertThat(TestMailServer.mailsTo(mailbox[0]))
                .as("the refused calls sent nothing")
                .hasSize(1);
        assertThat(cli(operator.key(), "wrong-password", "unlockuser", "userid=" + user.userId())
                        .code())
                .isEqualTo(3);
        assertThat(TestUsers.stored(user).status()).isEqualTo("LOCKED");
    }

    @Test
    void badArgumentsAreUsageErrorsAndChangeNothing() throws Exception {
        String[] mailbox = new String[1];
        TestUser user = user("cli-usage", "en", mailbox);
        String userId = "userid=" + user.userId();

        List<List<String>> bad = List.of(
                List.of("lockuser"),
                List.of("unlockuser", "userid="),
                List.of("resetpasswordforuser", "userid= "),
                List.of("lockuser", "user=" + user.userId()),
                List.of("lockuser", userId, "orgid=" + org.orgId()),
                List.of("lockuser", userId, userId),
                List.of("lockuser", user.userId()));
        for (List<String> args : bad) {
            Result r = cli(operator, args.toArray(String[]::new));
            assertThat(r.code()).as(args + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("Error: ").contains("Usage:", "lockuser userid=<user ID>");
        }
        assertThat(cli("op", operator.password(), "lockuser", userId).code()).isEqualTo(2);
        assertThat(TestUsers.stored(user).status()).isEqualTo("ACTIVE");
        assertThat(TestMailServer.mailsTo(mailbox[0])).isEmpty();
    }

    /** The value on the line after the one that ends with the user id ("Vorläufiges Kennwort: …"). */
    static String temporaryPassword(MimeMessage mail, String userId) {
        List<String> lines =
                TestMailServer.body(mail).lines().map(String::strip).toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).endsWith(": " + userId)) {
                String next = lines.get(i + 1);
                return next.substring(next.lastIndexOf(": ") + 2).strip();
            }
        }
        throw new AssertionError("no password after the user id " + userId + " in: " + TestMailServer.body(mail));
    }
}
