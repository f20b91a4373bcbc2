package org.bss.mail;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogLine;

/**
 * The mail lines of system.log ({@value BssLog#SYSTEM}, §4.1.3 layout). Never logs parameters: they carry passwords.
 * Interim: the ids belong in {@code org.bss.common.log.LogMessage} (another owner); when MAIL_SENT/MAIL_NOT_SENT
 * exist there, these two methods become {@code BssLog.system().info(...)} calls.
 */
final class MailLog {

    static final int MAIL_SENT = 10070;
    static final int MAIL_NOT_SENT = 10071;

    private MailLog() {
    }

    static void sent(MailMessage mail, RenderedMail rendered) {
        info(MAIL_SENT, "Mail " + mail.template() + " for user " + mail.userId() + " sent to " + mail.recipient()
                + " in " + rendered.language().getLanguage());
    }

    static void notSent(MailMessage mail, String reason) {
        info(MAIL_NOT_SENT, "No mail " + mail.template() + " for user " + mail.userId() + ": " + reason);
    }

    private static void info(int id, String text) {
        Logger logger = LogManager.getContext(BssLog.class.getClassLoader(), false).getLogger(BssLog.SYSTEM);
        if (logger.isInfoEnabled()) {
            logger.log(Level.INFO, LogLine.message(id, Thread.currentThread().getId(), text));
        }
    }
}
