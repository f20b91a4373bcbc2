package org.bss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsRegistryTest {

    /** The 53 keys of App. B.4 as listed in REFERENCE.md C.1, in its order. */
    static final List<String> B4_KEYS = List.of(
            "AUDIT_LOG_ENABLED",
            "AUDIT_LOG_MAX_ENTRIES_RETRIEVED",
            "AUTH_MODE",
            "BASE_URL",
            "BASE_URL_HTTPS",
            "CUSTOMER_SELF_REGISTRATION_ENABLED",
            "DECIMAL_PLACES",
            "HIDDEN_UI_ELEMENTS",
            "HTTP_PROXY",
            "HTTP_PROXY_PORT",
            "IDP_ASSERTION_EXPIRATION",
            "IDP_ASSERTION_VALIDITY_TOLERANCE",
            "IDP_PRIVATE_KEY_FILE_PATH",
            "IDP_PUBLIC_CERTIFICATE_FILE_PATH",
            "LDAP_SEARCH_LIMIT",
            "LOG_CONFIG_FILE",
            "LOG_FILE_PATH",
            "LOG_LEVEL",
            "MAIL_JA_CHARSET",
            "MAX_NUMBER_LOGIN_ATTEMPTS",
            "MP_ERROR_REDIRECT_HTTP",
            "MP_ERROR_REDIRECT_HTTPS",
            "PERMITTED_PERIOD_INACTIVE_ON_BEHALF_USERS",
            "PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS",
            "PSP_USAGE_ENABLED",
            "REPORT_ENGINEURL",
            "REPORT_SOAP_ENDPOINT",
            "REPORT_WSDLURL",
            "SEARCH_INDEX_MASTER_FACTORY_NAME",
            "SEARCH_INDEX_MASTER_QUEUE_NAME",
            "SSO_IDP_AUTHENTICATION_REQUEST_HTTP_METHOD",
            "SSO_IDP_TRUSTSTORE",
            "SSO_IDP_TRUSTSTORE_PASSWORD",
            "SSO_IDP_URL",
            "SSO_ISSUER_ID",
            "SSO_STS_ENCKEY_LEN",
            "SSO_STS_METADATA_URL",
            "SSO_STS_URL",
            "SUPPLIER_SETS_INVOICE_AS_DEFAULT",
            "TAGGING_MAX_TAGS",
            "TAGGING_MIN_SCORE",
            "TIME_ZONE_ID",
            "TIMER_INTERVAL_BILLING_OFFSET",
            "TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET",
            "TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS",
            "TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS_OFFSET",
            "TIMER_INTERVAL_ORGANIZATION",
            "TIMER_INTERVAL_ORGANIZATION_OFFSET",
            "TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION",
            "TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION_OFFSET",
            "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT",
            "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT_OFFSET",
            "WS_TIMEOUT");

    static final Set<String> EXTENSIONS = Set.of(
            "API_ACCESS_TOKEN_EXPIRES",
            "API_REFRESH_TOKEN_EXPIRES",
            "API_PUBLISH_HEALTHCHECK",
            "API_SSL_CERT_VERIFICATION",
            "API_SECRET_KEY",
            "BSS_TEST_CLOCK_ENABLED",
            "PASSWORD_MIN_LENGTH",
            "PORTAL_HTTPS_ONLY");

    static final String MAX = "9223372036854775807";
    static final String TOO_BIG = "9223372036854775808";

    /**
     * One row per key: key, requirement, default, valid values, invalid values. The single table every
     * parameterized test reads.
     */
    static Stream<Arguments> table() {
        return Stream.of(
                row("AUDIT_LOG_ENABLED", Requirement.OPTIONAL, "false", v("true", "FALSE"), v("yes", "1")),
                row(
                        "AUDIT_LOG_MAX_ENTRIES_RETRIEVED",
                        Requirement.OPTIONAL,
                        "100",
                        v("1", "100", "50"),
                        v("0", "101", "-1", "ten")),
                row("AUTH_MODE", Requirement.REQUIRED, "INTERNAL", v("INTERNAL", "SAML_SP"), v("LDAP", "internal")),
                row(
                        "BASE_URL",
                        Requirement.OPTIONAL,
                        null,
                        v("http://host:8080/fujitsu-bss-portal"),
                        v("https://host/x", "host:8080", "http://")),
                row(
                        "BASE_URL_HTTPS",
                        Requirement.REQUIRED,
                        null,
                        v("https://host:8081/fujitsu-bss-portal"),
                        v("http://host/x", "nonsense")),
                row("CUSTOMER_SELF_REGISTRATION_ENABLED", Requirement.OPTIONAL, "true", v("true", "false"), v("maybe")),
                row("DECIMAL_PLACES", Requirement.OPTIONAL, "2", v("2", "3", "4", "5", "6"), v("1", "7", "2.5")),
                row(
                        "HIDDEN_UI_ELEMENTS",
                        Requirement.OPTIONAL,
                        null,
                        v("marketplace.navigation.Reports,organization.manageVats", "navigation.operator"),
                        v("a,,b", "shop edit", "x;y")),
                row(
                        "HTTP_PROXY",
                        Requirement.OPTIONAL,
                        null,
                        v("proxy.example.com", "10.0.0.1", "proxy"),
                        v("http://proxy", "a b", "-bad-")),
                row("HTTP_PROXY_PORT", Requirement.OPTIONAL, "1080", v("1", "65535"), v("0", "65536")),
                row("IDP_ASSERTION_EXPIRATION", Requirement.IF_IDP, "1800000", v("1", MAX), v("0", TOO_BIG)),
                row("IDP_ASSERTION_VALIDITY_TOLERANCE", Requirement.IF_IDP, "600000", v("1", MAX), v("0", "-5")),
                row(
                        "IDP_PRIVATE_KEY_FILE_PATH",
                        Requirement.IF_IDP,
                        null,
                        v("/opt/bes-domain/config/cakey.der", "file:///x/cakey.der"),
                        v("a\0b")),
                row(
                        "IDP_PUBLIC_CERTIFICATE_FILE_PATH",
                        Requirement.IF_IDP,
                        null,
                        v("/opt/bes-domain/config/cacert.der"),
                        v("x\0y")),
                row("LDAP_SEARCH_LIMIT", Requirement.OPTIONAL, "100", v("1", MAX), v("0")),
                row(
                        "LOG_CONFIG_FILE",
                        Requirement.OPTIONAL,
                        "./log4j.properties",
                        v("/etc/bss/log4j.properties"),
                        v("a\0b")),
                row("LOG_FILE_PATH", Requirement.REQUIRED, "../logs", v("/var/log/bss", "../logs"), v("lo\0gs")),
                row("LOG_LEVEL", Requirement.OPTIONAL, "INFO", v("ERROR", "WARN", "INFO", "DEBUG"), v("TRACE", "info")),
                row(
                        "MAIL_JA_CHARSET",
                        Requirement.OPTIONAL,
                        "UTF-8",
                        v("UTF-8", "ISO-2022-JP", "Shift_JIS"),
                        v("no-such-charset", "??")),
                row("MAX_NUMBER_LOGIN_ATTEMPTS", Requirement.OPTIONAL, "3", v("1", MAX), v("0", "-1")),
                row(
                        "MP_ERROR_REDIRECT_HTTP",
                        Requirement.OPTIONAL,
                        null,
                        v("http://www.example.com/error.html"),
                        v("https://www.example.com/", "http://example.com/" + "x".repeat(50))),
                row(
                        "MP_ERROR_REDIRECT_HTTPS",
                        Requirement.OPTIONAL,
                        null,
                        v("https://www.example.com/error.html"),
                        v("http://www.example.com/", "https://example.com/" + "x".repeat(50))),
                row(
                        "PERMITTED_PERIOD_INACTIVE_ON_BEHALF_USERS",
                        Requirement.OPTIONAL,
                        "604800000",
                        v("1", MAX),
                        v("0")),
                row(
                        "PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS",
                        Requirement.OPTIONAL,
                        "604800000",
                        v("1", MAX),
                        v("0")),
                row("PSP_USAGE_ENABLED", Requirement.REQUIRED, "false", v("true", "false"), v("on")),
                row(
                        "REPORT_ENGINEURL",
                        Requirement.IF_REPORTS,
                        null,
                        v(
                                "http://host:8180/eclipse-birt-runtime/frameset?__report=${reportname}.rptdesign&SessionId=${sessionid}&__locale=${locale}&WSDLURL=${wsdlurl}&SOAPEndPoint=${soapendpoint}"),
                        v("ftp://host/x", "birt")),
                row(
                        "REPORT_SOAP_ENDPOINT",
                        Requirement.IF_REPORTS,
                        null,
                        v("http://host:8080/Report/ReportingServiceBean"),
                        v("Report")),
                row(
                        "REPORT_WSDLURL",
                        Requirement.IF_REPORTS,
                        null,
                        v("http://host:8080/Report/ReportingServiceBean?wsdl"),
                        v("mailto:a@b")),
                row(
                        "SEARCH_INDEX_MASTER_FACTORY_NAME",
                        Requirement.REQUIRED,
                        "jms/bss/masterIndexerQueueFactory",
                        v("jms/x"),
                        v()),
                row(
                        "SEARCH_INDEX_MASTER_QUEUE_NAME",
                        Requirement.REQUIRED,
                        "jms/bss/masterIndexerQueue",
                        v("jms/y"),
                        v()),
                row(
                        "SSO_IDP_AUTHENTICATION_REQUEST_HTTP_METHOD",
                        Requirement.IF_SAML_SP,
                        "POST",
                        v("GET", "POST"),
                        v("PUT")),
                row("SSO_IDP_TRUSTSTORE", Requirement.IF_SAML_SP, null, v("/opt/cacerts.jks"), v("c\0.jks")),
                row("SSO_IDP_TRUSTSTORE_PASSWORD", Requirement.IF_SAML_SP, "changeit", v("secret"), v()),
                row("SSO_IDP_URL", Requirement.IF_SAML_SP, null, v("https://idp:9443/saml"), v("idp")),
                row("SSO_ISSUER_ID", Requirement.IF_SAML_SP, "CT-MG", v("MY-ISSUER"), v()),
                row("SSO_STS_ENCKEY_LEN", Requirement.IF_SAML_SP, "128", v("128", "256"), v("0", "x")),
                row("SSO_STS_METADATA_URL", Requirement.IF_SAML_SP, null, v("https://sts:9443/mex"), v("sts")),
                row("SSO_STS_URL", Requirement.IF_SAML_SP, null, v("https://sts:9443/sts"), v("//sts")),
                row("SUPPLIER_SETS_INVOICE_AS_DEFAULT", Requirement.OPTIONAL, "false", v("true"), v("no")),
                row("TAGGING_MAX_TAGS", Requirement.REQUIRED, "20", v("0", "2147483647"), v("-1", "2147483648")),
                row("TAGGING_MIN_SCORE", Requirement.REQUIRED, "1", v("1", "2147483647"), v("0", "2147483648")),
                row(
                        "TIME_ZONE_ID",
                        Requirement.OPTIONAL,
                        "GMT",
                        v("GMT", "PST", "America/Los_Angeles", "GMT-8:00", "Asia/Tokyo"),
                        v("Mars/Olympus", "GMT+99:00")),
                row("TIMER_INTERVAL_BILLING_OFFSET", Requirement.OPTIONAL, "345600000", v("0", MAX), v("-1", TOO_BIG)),
                row("TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET", Requirement.OPTIONAL, "0", v("0", MAX), v("-1")),
                row(
                        "TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS",
                        Requirement.OPTIONAL,
                        "0",
                        v("0", MAX, "P1D", "p1w"),
                        v("-1", "P0D", "P-1M", "1d")),
                row("TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS_OFFSET", Requirement.OPTIONAL, "0", v("0", MAX), v("-1")),
                row(
                        "TIMER_INTERVAL_ORGANIZATION",
                        Requirement.OPTIONAL,
                        "0",
                        v("0", "86400000", MAX, "P1M"),
                        v("-1", TOO_BIG, "PT1H")),
                row("TIMER_INTERVAL_ORGANIZATION_OFFSET", Requirement.OPTIONAL, "0", v("0", "300000", MAX), v("-1")),
                row(
                        "TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION",
                        Requirement.OPTIONAL,
                        "86400000",
                        v("1", MAX, "P1W"),
                        v("0", "-1", "P0D")),
                row("TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION_OFFSET", Requirement.OPTIONAL, "0", v("0", MAX), v("-1")),
                row(
                        "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT",
                        Requirement.OPTIONAL,
                        "0",
                        v("0", MAX, "P1D"),
                        v("-1")),
                row(
                        "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT_OFFSET",
                        Requirement.OPTIONAL,
                        "0",
                        v("0", MAX),
                        v("-1")),
                row("WS_TIMEOUT", Requirement.REQUIRED, "30000", v("1", MAX), v("0")),
                row("API_ACCESS_TOKEN_EXPIRES", Requirement.OPTIONAL, "3600", v("1", MAX), v("0")),
                row("API_REFRESH_TOKEN_EXPIRES", Requirement.OPTIONAL, "2592000", v("1", MAX), v("0")),
                row("API_PUBLISH_HEALTHCHECK", Requirement.OPTIONAL, "true", v("true", "false"), v("True!")),
                row("API_SSL_CERT_VERIFICATION", Requirement.OPTIONAL, "true", v("false"), v("off")),
                row("API_SECRET_KEY", Requirement.REQUIRED, null, v("x".repeat(32)), v("x".repeat(31))),
                row("BSS_TEST_CLOCK_ENABLED", Requirement.OPTIONAL, "false", v("true"), v("1")),
                row("PASSWORD_MIN_LENGTH", Requirement.OPTIONAL, "8", v("6", "100"), v("5", "101")),
                row("PORTAL_HTTPS_ONLY", Requirement.OPTIONAL, "false", v("true", "FALSE"), v("yes", "1")));
    }

    private static Arguments row(String key, Requirement req, String dflt, String[] valid, String[] invalid) {
        return Arguments.of(key, req, dflt, valid, invalid);
    }

    private static String[] v(String... values) {
        return values;
    }

    @Test
    void knowsExactlyTheB4KeysAndTheExtensions() {
        Set<String> keys =
                SettingsRegistry.all().stream().map(SettingDefinition::key).collect(Collectors.toSet());
        assertThat(B4_KEYS).hasSize(53).doesNotHaveDuplicates();
        Set<String> b4 = SettingsRegistry.all().stream()
                .filter(d -> !d.extension())
                .map(SettingDefinition::key)
                .collect(Collectors.toSet());
        assertThat(b4).containsExactlyInAnyOrderElementsOf(B4_KEYS);
        Set<String> ext = SettingsRegistry.all().stream()
                .filter(SettingDefinition::extension)
                .map(SettingDefinition::key)
                .collect(Collectors.toSet());
        assertThat(ext).containsExactlyInAnyOrderElementsOf(EXTENSIONS);
        assertThat(keys).hasSize(53 + EXTENSIONS.size());
    }

    @Test
    void tableCoversEveryKey() {
        Set<String> inTable = table().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> keys =
                SettingsRegistry.all().stream().map(SettingDefinition::key).collect(Collectors.toSet());
        assertThat(inTable).isEqualTo(keys);
    }

    @Test
    void allIsSortedByKey() {
        List<String> keys =
                SettingsRegistry.all().stream().map(SettingDefinition::key).toList();
        assertThat(keys).isSorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void defaultAndRequirement(String key, Requirement req, String dflt, String[] valid, String[] invalid) {
        SettingDefinition d = SettingsRegistry.get(key);
        assertThat(d.requirement()).isEqualTo(req);
        assertThat(d.defaultValue()).isEqualTo(dflt);
        assertThat(d.allowedValues()).isNotBlank();
        if (dflt != null) {
            assertThat(SettingsRegistry.validate(d, dflt))
                    .as("default passes validation")
                    .isEqualTo(dflt);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void acceptsValidValues(String key, Requirement req, String dflt, String[] valid, String[] invalid) {
        for (String value : valid) {
            assertThat(SettingsRegistry.validate(key, "  " + value + " "))
                    .as(value)
                    .isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void refusesInvalidValuesNamingTheKey(String key, Requirement req, String dflt, String[] valid, String[] invalid) {
        for (String value : invalid) {
            assertThatThrownBy(() -> SettingsRegistry.validate(key, value))
                    .as(value)
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining(key);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void emptyUnsetsUnlessRequiredWithoutDefault(
            String key, Requirement req, String dflt, String[] valid, String[] invalid) {
        if (req == Requirement.REQUIRED && dflt == null) {
            assertThatThrownBy(() -> SettingsRegistry.validate(key, " "))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining(key);
        } else {
            assertThat(SettingsRegistry.validate(key, "")).isNull();
            assertThat(SettingsRegistry.validate(key, null)).isNull();
        }
    }

    @Test
    void normalizesStoredForm() {
        assertThat(SettingsRegistry.validate("AUDIT_LOG_ENABLED", "TRUE")).isEqualTo("true");
        assertThat(SettingsRegistry.validate("TIMER_INTERVAL_ORGANIZATION", "p1m"))
                .isEqualTo("P1M");
        assertThat(SettingsRegistry.validate("WS_TIMEOUT", " 0030000 ")).isEqualTo("30000");
        assertThat(SettingsRegistry.validate("HIDDEN_UI_ELEMENTS", "navigation.operator , shop.editSkin"))
                .isEqualTo("navigation.operator,shop.editSkin");
    }

    @Test
    void restartFixedAndSecretFlags() {
        Set<String> restart = SettingsRegistry.all().stream()
                .filter(SettingDefinition::restartRequired)
                .map(SettingDefinition::key)
                .collect(Collectors.toSet());
        assertThat(restart)
                .contains(
                        "LOG_FILE_PATH",
                        "LOG_LEVEL",
                        "SSO_IDP_TRUSTSTORE",
                        "SSO_IDP_TRUSTSTORE_PASSWORD",
                        "SSO_IDP_URL",
                        "SSO_STS_URL",
                        "SSO_STS_METADATA_URL",
                        "SSO_STS_ENCKEY_LEN")
                .doesNotContain("TIMER_INTERVAL_ORGANIZATION", "MAX_NUMBER_LOGIN_ATTEMPTS");
        assertThat(SettingsRegistry.all().stream()
                        .filter(SettingDefinition::fixedAfterSetup)
                        .map(SettingDefinition::key))
                .containsExactly("AUTH_MODE");
        SettingDefinition secret = SettingsRegistry.get("API_SECRET_KEY");
        assertThat(secret.secret()).isTrue();
        assertThat(secret.display("abc")).isEqualTo(SettingsRegistry.MASK);
        assertThat(secret.display(null)).isNull();
        assertThat(SettingsRegistry.get("WS_TIMEOUT").display("5")).isEqualTo("5");
    }

    @Test
    void settingOfServiceMasksSecretsAndDescribesValues() {
        Setting s = ConfigurationService.toSetting(SettingsRegistry.get("API_SECRET_KEY"), "x".repeat(40));
        assertThat(s.value()).isEqualTo(SettingsRegistry.MASK);
        assertThat(s.required()).isTrue();
        Setting t =
                ConfigurationService.toSetting(SettingsRegistry.get("TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION"), null);
        assertThat(t.value()).isNull();
        assertThat(t.effectiveValue()).isEqualTo("86400000");
        assertThat(t.allowedValues()).contains("1-9223372036854775807").contains("P1M");
        assertThat(t.restartRequired()).isFalse();
    }

    @Test
    void errorMessagesAreLocalized() {
        ValidationException e =
                (ValidationException) catchValidation(() -> SettingsRegistry.validate("DECIMAL_PLACES", "9"));
        assertThat(e.messageKey()).isEqualTo("config.value.range");
        assertThat(e.localizedMessage(Locale.ENGLISH))
                .isEqualTo("Setting DECIMAL_PLACES accepts a whole number from 2 to 6, not \"9\".");
        assertThat(e.localizedMessage(Locale.GERMAN)).contains("DECIMAL_PLACES").contains("ganze Zahl von 2 bis 6");
        assertThat(e.localizedMessage(Locale.JAPANESE))
                .contains("DECIMAL_PLACES")
                .contains("2 から 6 までの整数");
        ValidationException big =
                (ValidationException) catchValidation(() -> SettingsRegistry.validate("WS_TIMEOUT", "0"));
        assertThat(big.getMessage()).contains("9223372036854775807"); // no grouping separators
    }

    @Test
    void everyMessageKeyExistsInEveryLanguage() throws Exception {
        for (String lang : List.of("", "_de", "_ja")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/org/bss/common/messages" + lang + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            java.util.Properties en = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/org/bss/common/messages.properties")) {
                en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames())
                    .as("messages" + lang)
                    .containsAll(en.stringPropertyNames().stream()
                            .filter(k -> k.startsWith("config.") || k.startsWith("identity.") || k.startsWith("clock."))
                            .toList());
        }
    }

    private static Exception catchValidation(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no ValidationException");
    }

    @Test
    void unknownKeyIsNotFound() {
        assertThat(SettingsRegistry.find("NO_SUCH_KEY")).isEmpty();
        assertThatThrownBy(() -> SettingsRegistry.get("NO_SUCH_KEY")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.stream(ConfigKeys.class.getFields())
                        .map(f -> f.getName())
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(SettingsRegistry.all().stream()
                        .map(SettingDefinition::key)
                        .toList());
    }
}
