package org.bss.common.log;

/**
 * Numeric message ids of BSS's own log entries (§4.1.3 "MessageID"). Ranges: 10xxx system, 20xxx access,
 * 30xxx audit/security. Features add their ids here so that they stay unique.
 */
public enum LogMessage {
    SYSTEM_STARTED(10000, "BSS started: schema version {}"),
    LOGGING_CONFIGURED(10001, "Logging to {} at level {}"),
    LOG_LEVELS_APPLIED(10002, "Log levels applied: root {} from {}; services {}"),
    LOG_LEVEL_ENTRY_IGNORED(10003, "Log level entry {} in {} ignored: {}"),
    LOG_CONFIG_FILE_UNREADABLE(10004, "Log configuration file {} cannot be read, levels unchanged: {}"),
    SETTING_CHANGED(10010, "Setting {} changed (restart required: {})"),
    SETTING_IMPORTED(10011, "Setting {} imported from {}"),
    SETTING_IMPORT_SKIPPED(10012, "Setting {} in {} skipped: {}"),
    SETTINGS_FILE_UNREADABLE(10013, "Settings file {} cannot be read: {}"),
    SECRET_GENERATED(10014, "Setting {} was absent and has been generated"),
    CURRENCY_ADDED(10020, "Currency {} added"),
    TIMER_RUN(10030, "Timer {} ran for due time {}; next due {}"),
    TIMER_FAILED(10031, "Timer {} failed for due time {}: {}"),
    TIMER_REINITIALIZED(10032, "Timer {} re-initialized: next due {}"),
    TIMER_NO_HANDLER(10033, "Timer {} is due but no handler is deployed"),
    ORGANIZATION_DELETED_UNCONFIRMED(10040, "Unconfirmed organization {} ({}) deleted with {} user(s)"),
    TEST_CLOCK_MOVED(10050, "Test clock moved: offset now {} ms, now {}"),
    USER_IMPORT_FINISHED(10060, "User import {} into organization {} finished: {} imported, {} rejected"),
    USER_IMPORT_FAILED(10061, "User import {} failed: {}"),
    MAIL_SENT(10070, "Mail {} for user {} sent to {} in {}"),
    MAIL_NOT_SENT(10071, "No mail {} for user {}: {}"),
    MAIL_RESENT(10072, "Mail {} for user {} to {} (task {}) re-sent by {}"),
    UNEXPECTED_ERROR(10099, "Unexpected error: {}"),
    PORTAL_ERROR(10100, "Portal error, incident {}: {}"),
    PORTAL_ERROR_PAGE_FAILED(10101, "Cannot show the error page: {}"),
    PORTAL_LOGOUT_FAILED(10102, "Portal logout failed: {}"),
    PORTAL_LOGIN_REFUSED(10103, "Portal login refused: {}"),
    SOAP_FAULT(10110, "SOAP fault {} {}: {}"),
    REST_CALL_FAILED(10120, "REST call {} {} failed, reference {}"),
    REST_AUTH_INSTALLED(10121, "Bearer token authentication installed for {} ({})"),
    REST_FIRST_TOKEN(10122, "First bearer token checked on {}"),
    REST_TOKEN_CHECK_FAILED(10123, "Cannot verify an access token: {}"),
    REST_HEALTH_DATABASE(10124, "Health check: cannot read the database: {}"),
    LOGIN_SUCCEEDED(20000, "Login of user {} ({}) succeeded via {}"),
    LOGIN_FAILED(20001, "Login as {} refused via {}: {}"),
    RECOVERY_STARTED(20010, "Password recovery mailed to user {} ({})"),
    RECOVERY_REFUSED(20011, "Password recovery asked for {}: no mail (unknown, locked, LDAP or no e-mail)"),
    ACCOUNT_LOCKED(30000, "Account of user {} ({}) locked after {} failed login attempts"),
    PASSWORD_CHANGED(30001, "Password of user {} ({}) changed"),
    TOKENS_REVOKED(30002, "API tokens of user {} revoked: {}"),
    REFRESH_TOKEN_REUSED(
            30003, "Refresh token of user {} ({}) used a second time: the tokens of its login are revoked");

    private final int id;
    private final String template;

    LogMessage(int id, String template) {
        this.id = id;
        this.template = template;
    }

    public int id() {
        return id;
    }

    public String template() {
        return template;
    }

    /** Fills the {} placeholders in order; extra arguments are ignored, missing ones stay "{}". */
    public String format(Object... args) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int arg = 0;
        int at;
        while ((at = template.indexOf("{}", from)) >= 0) {
            out.append(template, from, at);
            out.append(arg < args.length ? String.valueOf(args[arg++]) : "{}");
            from = at + 2;
        }
        return out.append(template.substring(from)).toString();
    }
}
