package org.bss.mail;

import static org.bss.mail.MailParams.LOGIN_URL;
import static org.bss.mail.MailParams.MARKETPLACE_ID;
import static org.bss.mail.MailParams.ORGANIZATION_ID;
import static org.bss.mail.MailParams.PASSWORD;
import static org.bss.mail.MailParams.REASON;
import static org.bss.mail.MailParams.RECOVERY_URL;
import static org.bss.mail.MailParams.SERVICE_NAME;
import static org.bss.mail.MailParams.USER_ID;
import static org.bss.mail.MailParams.USER_KEY;
import static org.bss.mail.MailParams.VALID_MINUTES;

import java.util.List;
import java.util.Map;

/**
 * The mails BSS sends. Subject and body of each live in the bundle {@code org/bss/mail/mails*.properties} under
 * {@code <NAME>.subject} and {@code <NAME>.body}; the n-th parameter listed here is placeholder {@code {n}} there.
 */
public enum MailTemplate {
    /** Initial password of a new user. */
    USER_CREATED(USER_ID, PASSWORD, LOGIN_URL),
    /** Temporary password set by an administrator or the operator; must be changed at the next login. */
    PASSWORD_RESET(USER_ID, PASSWORD, LOGIN_URL),
    USER_LOCKED(USER_ID),
    USER_UNLOCKED(USER_ID, LOGIN_URL),
    /** The "forgot password" link of the login page. */
    PASSWORD_RECOVERY(USER_ID, RECOVERY_URL, VALID_MINUTES),
    /** First administrator of a new organization. */
    ORGANIZATION_CREATED(USER_ID, USER_KEY, PASSWORD, ORGANIZATION_ID, LOGIN_URL),
    /** The marketplace owner removed a user's review of a service (MKT-4), with a reason. */
    REVIEW_REMOVED(USER_ID, SERVICE_NAME, MARKETPLACE_ID, REASON);

    private final List<String> params;

    MailTemplate(String... params) {
        this.params = List.of(params);
    }

    /** Parameter names in placeholder order. */
    public List<String> params() {
        return params;
    }

    public String subjectKey() {
        return name() + ".subject";
    }

    public String bodyKey() {
        return name() + ".body";
    }

    /** The values in placeholder order. */
    Object[] arguments(Map<String, String> values) {
        return params.stream().map(values::get).toArray();
    }
}
