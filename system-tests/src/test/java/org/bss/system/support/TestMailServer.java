package org.bss.system.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SMTP server that receives the server's mails in system tests: one GreenMail per test JVM on
 * {@value #HOST}:{@code bss.mail.port} (default {@value #DEFAULT_PORT}, where {@code mail/BSSMail} sends, see
 * setup/bss.properties MAIL_PORT). Started by the first call of any method, shared by all test classes, stopped when
 * the JVM ends. Give every test its own recipient address ({@link #address}) so that tests do not see each other's
 * mails; {@link #purge()} empties all mailboxes.
 * <pre>
 *   TestMailServer.start();                      // in @BeforeAll of a test that makes the server send mail
 *   MimeMessage m = TestMailServer.awaitMail(address, Duration.ofSeconds(30));
 *   assertThat(TestMailServer.subject(m)).isEqualTo("…");
 * </pre>
 */
public final class TestMailServer {

    public static final String HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 2525;
    public static final int PORT = Integer.getInteger("bss.mail.port", DEFAULT_PORT);
    private static final long POLL_MILLIS = 100;

    private TestMailServer() {}

    /** Lazy, thread-safe: the class is initialized (and the server started) on first use only. */
    private static final class Holder {
        static final GreenMail SERVER = startServer();
    }

    private static GreenMail startServer() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "GreenMail cannot listen on " + HOST + ":" + PORT
                            + " (another test JVM or SMTP server on that port?): " + e.getMessage(),
                    e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        return server;
    }

    /** Starts the server if it is not running yet; returns it for GreenMail's own API. */
    public static GreenMail start() {
        return Holder.SERVER;
    }

    /**
     * Stops listening, as an SMTP outage would: the server's deliveries fail with "connection refused" until
     * {@link #restart()}. Mails received so far are dropped (GreenMail starts with empty mailboxes again).
     */
    public static void stop() {
        start().stop();
    }

    /** Listens again after {@link #stop()}; harmless when it runs. */
    public static void restart() {
        GreenMail server = start();
        if (!server.isRunning()) {
            server.start();
        }
    }

    /** A fresh address for one test, e.g. {@code st-lock-1a2b3c4d@bss.test}. */
    public static String address(String purpose) {
        return "st-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bss.test";
    }

    /** The first mail received for {@code recipient}; fails when none arrives within {@code timeout}. */
    public static MimeMessage awaitMail(String recipient, Duration timeout) {
        return awaitMails(recipient, 1, timeout).get(0);
    }

    /** The first {@code count} mails received for {@code recipient}, in arrival order. */
    public static List<MimeMessage> awaitMails(String recipient, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> received = mailsTo(recipient);
            if (received.size() >= count) {
                return received.subList(0, count);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " mail(s) to " + recipient + " within " + timeout
                        + ", got " + received.size() + "; mailboxes so far: " + allRecipients());
            }
            sleep();
        }
    }

    /** Every mail delivered so far to the mailbox of {@code recipient} (SMTP envelope recipient, case-insensitive). */
    public static List<MimeMessage> mailsTo(String recipient) {
        return start().findReceivedMessages(user -> recipient.equalsIgnoreCase(user.getEmail()), message -> true)
                .toList();
    }

    /** Deletes every received mail. */
    public static void purge() {
        try {
            start().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("cannot purge GreenMail: " + e.getMessage(), e);
        }
    }

    /** The decoded subject (RFC 2047 words in any charset). */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text body decoded with its declared charset, line ends as {@code \n}. */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (!(content instanceof String text)) {
                throw new AssertionError("not a plain text mail: " + message.getContentType());
            }
            return text.replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> allRecipients() {
        List<String> all = new ArrayList<>();
        start().getUserManager().listUser().forEach(user -> all.add(user.getEmail()));
        return all;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for mail", e);
        }
    }
}
