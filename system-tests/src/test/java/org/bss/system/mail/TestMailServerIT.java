package org.bss.system.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.bss.mail.MailComposer;
import org.bss.mail.MailMessage;
import org.bss.mail.MailParams;
import org.bss.mail.MailRenderer;
import org.bss.mail.MailTemplate;
import org.bss.mail.RenderedMail;
import org.bss.system.support.TestMailServer;
import org.junit.jupiter.api.Test;

/**
 * The test SMTP server itself, without the BSS server: mails sent from this JVM with jakarta.mail, configured like
 * {@code mail/BSSMail} (localhost:2525, mail.from), arrive decoded in {@link TestMailServer}.
 */
class TestMailServerIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A client session shaped like the server's mail/BSSMail (setup/build.xml: host, port, from address). */
    private static Session bssLikeSession() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "localhost");
        p.setProperty("mail.smtp.port", String.valueOf(TestMailServer.PORT));
        p.setProperty("mail.from", "bss@localhost");
        p.setProperty("mail.smtp.connectiontimeout", "5000");
        p.setProperty("mail.smtp.timeout", "5000");
        return Session.getInstance(p);
    }

    private static void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(bssLikeSession());
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
    }

    @Test
    void listensOnTheMailSessionPortAndIsShared() throws Exception {
        assertThat(TestMailServer.start()).isSameAs(TestMailServer.start());
        assertThat(TestMailServer.start().isRunning()).isTrue();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), TestMailServer.DEFAULT_PORT)) {
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void aSentMailArrivesWithSubjectBodyAndFrom() throws Exception {
        String to = TestMailServer.address("plain");
        send(to, "Hello Grüße ✓", "line one\nline two: äöü");

        MimeMessage received = TestMailServer.awaitMail(to, WAIT);

        assertThat(TestMailServer.subject(received)).isEqualTo("Hello Grüße ✓");
        assertThat(TestMailServer.body(received)).isEqualTo("line one\nline two: äöü");
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly("bss@localhost");
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
    }

    @Test
    void aJapaneseMailComposedLikeTheServerArrivesIntact() throws Exception {
        String to = TestMailServer.address("ja");
        MailMessage mail = MailMessage.to(to, Locale.JAPANESE, MailTemplate.PASSWORD_RESET)
                .with(MailParams.USER_ID, "山田太郎")
                .with(MailParams.PASSWORD, "Tmp-123")
                .with(MailParams.LOGIN_URL, "http://localhost:8080/bss-portal/login.xhtml");
        RenderedMail rendered = MailRenderer.render(mail);
        Transport.send(MailComposer.compose(bssLikeSession(), to, rendered, "UTF-8", Instant.now()));

        MimeMessage received = TestMailServer.awaitMail(to, WAIT);

        assertThat(TestMailServer.subject(received)).isEqualTo("BSS パスワードがリセットされました");
        assertThat(TestMailServer.body(received)).isEqualTo(rendered.body()).contains("山田太郎", "Tmp-123", "一時パスワード");
        assertThat(received.getHeader("Content-Language")).containsExactly("ja");
    }

    @Test
    void mailsAreFoundPerRecipientInArrivalOrder() throws Exception {
        String first = TestMailServer.address("a");
        String second = TestMailServer.address("b");
        send(first, "1", "one");
        send(second, "x", "other");
        send(first, "2", "two");

        List<MimeMessage> mails = TestMailServer.awaitMails(first, 2, WAIT);

        assertThat(mails).extracting(TestMailServer::subject).containsExactly("1", "2");
        assertThat(TestMailServer.mailsTo(second)).hasSize(1);
    }

    @Test
    void waitingForAMailThatNeverComesFailsWithTheRecipient() {
        String nobody = TestMailServer.address("none");
        assertThatThrownBy(() -> TestMailServer.awaitMail(nobody, Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(nobody);
    }

    @Test
    void purgeDeletesReceivedMails() throws Exception {
        String to = TestMailServer.address("purge");
        send(to, "gone", "soon");
        TestMailServer.awaitMail(to, WAIT);

        TestMailServer.purge();

        assertThat(TestMailServer.mailsTo(to)).isEmpty();
    }
}
