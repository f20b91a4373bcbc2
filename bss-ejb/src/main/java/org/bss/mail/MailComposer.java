package org.bss.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;

/** Builds the MIME message of a rendered mail: plain text, From = the session's {@code mail.from}. */
public final class MailComposer {

    private MailComposer() {}

    /**
     * @param charset of subject and body (UTF-8, or MAIL_JA_CHARSET for Japanese mails)
     * @throws MessagingException the recipient address is not valid (strict RFC 822 check)
     */
    public static MimeMessage compose(
            Session session, String recipient, RenderedMail mail, String charset, Instant sentAt)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // InternetAddress.getLocalAddress(session): mail.from of mail/BSSMail
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(mail.subject(), charset);
        message.setText(mail.body(), charset);
        message.setHeader("Content-Language", mail.language().toLanguageTag());
        message.setSentDate(Date.from(sentAt));
        return message;
    }
}
