package org.bss.portal.operator;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.bss.mail.ParkedMail;

/** A row of Operation &gt; Failed mails, with its times in the platform's time zone ({@link TimerRow#TIME}). */
public class ParkedMailRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final String template;
    private final String recipient;
    private final String userId;
    private final String state;
    private final String stateName;
    private final int attempts;
    private final String lastFailure;
    private final String nextAttempt;
    private final String error;

    ParkedMailRow(ParkedMail mail, String stateName, ZoneId zone) {
        this.taskId = mail.taskId();
        this.template = mail.template();
        this.recipient = mail.recipient();
        this.userId = mail.userId();
        this.state = mail.state().name();
        this.stateName = stateName;
        this.attempts = mail.attempts();
        this.lastFailure = format(mail.lastFailureAt(), zone);
        this.nextAttempt = format(mail.nextAttemptAt(), zone);
        this.error = mail.error();
    }

    private static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : TimerRow.TIME.format(instant.atZone(zone));
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getUserId() {
        return userId;
    }

    /** WAITING, SENDING or PARKED. */
    public String getState() {
        return state;
    }

    /** The state in the view's language. */
    public String getStateName() {
        return stateName;
    }

    /** Re-send is offered unless the mail is on the queue already. */
    public boolean isResendable() {
        return !"SENDING".equals(state);
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastFailure() {
        return lastFailure;
    }

    /** The next automatic attempt, null unless waiting. */
    public String getNextAttempt() {
        return nextAttempt;
    }

    public String getError() {
        return error;
    }
}
