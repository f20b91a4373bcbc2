package org.bss.config;

/** Names of the configuration keys (App. B.4 and BSS extensions) for use with {@link SettingsReader}. */
public final class ConfigKeys {
    public static final String AUDIT_LOG_ENABLED = "AUDIT_LOG_ENABLED";
    public static final String AUDIT_LOG_MAX_ENTRIES_RETRIEVED = "AUDIT_LOG_MAX_ENTRIES_RETRIEVED";
    public static final String AUTH_MODE = "AUTH_MODE";
    public static final String BASE_URL = "BASE_URL";
    public static final String BASE_URL_HTTPS = "BASE_URL_HTTPS";
    public static final String CUSTOMER_SELF_REGISTRATION_ENABLED = "CUSTOMER_SELF_REGISTRATION_ENABLED";
    public static final String DECIMAL_PLACES = "DECIMAL_PLACES";
    public static final String HIDDEN_UI_ELEMENTS = "HIDDEN_UI_ELEMENTS";
    public static final String HTTP_PROXY = "HTTP_PROXY";
    public static final String HTTP_PROXY_PORT = "HTTP_PROXY_PORT";
    public static final String IDP_ASSERTION_EXPIRATION = "IDP_ASSERTION_EXPIRATION";
    public static final String IDP_ASSERTION_VALIDITY_TOLERANCE = "IDP_ASSERTION_VALIDITY_TOLERANCE";
    public static final String IDP_PRIVATE_KEY_FILE_PATH = "IDP_PRIVATE_KEY_FILE_PATH";
    public static final String IDP_PUBLIC_CERTIFICATE_FILE_PATH = "IDP_PUBLIC_CERTIFICATE_FILE_PATH";
    public static final String LDAP_SEARCH_LIMIT = "LDAP_SEARCH_LIMIT";
    public static final String LOG_CONFIG_FILE = "LOG_CONFIG_FILE";
    public static final String LOG_FILE_PATH = "LOG_FILE_PATH";
    public static final String LOG_LEVEL = "LOG_LEVEL";
    public static final String MAIL_JA_CHARSET = "MAIL_JA_CHARSET";
    public static final String MAX_NUMBER_LOGIN_ATTEMPTS = "MAX_NUMBER_LOGIN_ATTEMPTS";
    public static final String MP_ERROR_REDIRECT_HTTP = "MP_ERROR_REDIRECT_HTTP";
    public static final String MP_ERROR_REDIRECT_HTTPS = "MP_ERROR_REDIRECT_HTTPS";
    public static final String PERMITTED_PERIOD_INACTIVE_ON_BEHALF_USERS = "PERMITTED_PERIOD_INACTIVE_ON_BEHALF_USERS";
    public static final String PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS =
            "PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS";
    public static final String PSP_USAGE_ENABLED = "PSP_USAGE_ENABLED";
    public static final String REPORT_ENGINEURL = "REPORT_ENGINEURL";
    public static final String REPORT_SOAP_ENDPOINT = "REPORT_SOAP_ENDPOINT";
    public static final String REPORT_WSDLURL = "REPORT_WSDLURL";
    public static final String SEARCH_INDEX_MASTER_FACTORY_NAME = "SEARCH_INDEX_MASTER_FACTORY_NAME";
    public static final String SEARCH_INDEX_MASTER_QUEUE_NAME = "SEARCH_INDEX_MASTER_QUEUE_NAME";
    public static final String SSO_IDP_AUTHENTICATION_REQUEST_HTTP_METHOD =
            "SSO_IDP_AUTHENTICATION_REQUEST_HTTP_METHOD";
    public static final String SSO_IDP_TRUSTSTORE = "SSO_IDP_TRUSTSTORE";
    public static final String SSO_IDP_TRUSTSTORE_PASSWORD = "SSO_IDP_TRUSTSTORE_PASSWORD";
    public static final String SSO_IDP_URL = "SSO_IDP_URL";
    public static final String SSO_ISSUER_ID = "SSO_ISSUER_ID";
    public static final String SSO_STS_ENCKEY_LEN = "SSO_STS_ENCKEY_LEN";
    public static final String SSO_STS_METADATA_URL = "SSO_STS_METADATA_URL";
    public static final String SSO_STS_URL = "SSO_STS_URL";
    public static final String SUPPLIER_SETS_INVOICE_AS_DEFAULT = "SUPPLIER_SETS_INVOICE_AS_DEFAULT";
    public static final String TAGGING_MAX_TAGS = "TAGGING_MAX_TAGS";
    public static final String TAGGING_MIN_SCORE = "TAGGING_MIN_SCORE";
    public static final String TIME_ZONE_ID = "TIME_ZONE_ID";
    public static final String TIMER_INTERVAL_BILLING_OFFSET = "TIMER_INTERVAL_BILLING_OFFSET";
    public static final String TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET =
            "TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET";
    public static final String TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS = "TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS";
    public static final String TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS_OFFSET =
            "TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS_OFFSET";
    public static final String TIMER_INTERVAL_ORGANIZATION = "TIMER_INTERVAL_ORGANIZATION";
    public static final String TIMER_INTERVAL_ORGANIZATION_OFFSET = "TIMER_INTERVAL_ORGANIZATION_OFFSET";
    public static final String TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION = "TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION";
    public static final String TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION_OFFSET =
            "TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION_OFFSET";
    public static final String TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT =
            "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT";
    public static final String TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT_OFFSET =
            "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT_OFFSET";
    public static final String WS_TIMEOUT = "WS_TIMEOUT";

    // ---- BSS extensions (not in App. B.4) ----
    public static final String API_ACCESS_TOKEN_EXPIRES = "API_ACCESS_TOKEN_EXPIRES";
    public static final String API_REFRESH_TOKEN_EXPIRES = "API_REFRESH_TOKEN_EXPIRES";
    public static final String API_PUBLISH_HEALTHCHECK = "API_PUBLISH_HEALTHCHECK";
    public static final String API_SSL_CERT_VERIFICATION = "API_SSL_CERT_VERIFICATION";
    public static final String API_SECRET_KEY = "API_SECRET_KEY";
    public static final String BSS_TEST_CLOCK_ENABLED = "BSS_TEST_CLOCK_ENABLED";
    public static final String PASSWORD_MIN_LENGTH = "PASSWORD_MIN_LENGTH";
    public static final String PORTAL_HTTPS_ONLY = "PORTAL_HTTPS_ONLY";

    private ConfigKeys() {}
}
