package org.bss.mail;

/** Names of the values a {@link MailTemplate} fills in; callers pass them to {@link MailMessage#with}. */
public final class MailParams {

    public static final String USER_ID = "userId";
    public static final String USER_KEY = "userKey";
    public static final String PASSWORD = "password";
    public static final String ORGANIZATION_ID = "organizationId";
    /** Filled in by {@link MailService#send} from {@link PortalLinks#loginUrl()} when the caller leaves it out. */
    public static final String LOGIN_URL = "loginUrl";

    public static final String RECOVERY_URL = "recoveryUrl";
    public static final String VALID_MINUTES = "validMinutes";

    public static final String SERVICE_NAME = "serviceName";
    public static final String MARKETPLACE_ID = "marketplaceId";
    public static final String REASON = "reason";

    private MailParams() {}
}
