package org.bss.config;

import static org.bss.config.Requirement.IF_IDP;
import static org.bss.config.Requirement.IF_REPORTS;
import static org.bss.config.Requirement.IF_SAML_SP;
import static org.bss.config.Requirement.OPTIONAL;
import static org.bss.config.Requirement.REQUIRED;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bss.common.ValidationException;

/**
 * The one registry of configuration keys (DESIGN.md "Configuration", CFG-1): every key of App. B.4
 * (REFERENCE.md C.1, 53 keys) and BSS's own extensions, with type, allowed values, default, requirement and
 * restart flag; and the validation of a value. Pure Java: the service and the start-up import use it.
 */
public final class SettingsRegistry {

    /** How a secret value is shown. */
    public static final String MASK = "********";

    public static final long MAX = Long.MAX_VALUE;
    public static final long INT_MAX = Integer.MAX_VALUE;
    /** Longest value the table stores. */
    public static final int MAX_VALUE_LENGTH = 4000;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");

    private static final Map<String, SettingDefinition> DEFINITIONS;

    static {
        List<Builder> all = new ArrayList<>();
        // ---- App. B.4 (REFERENCE.md C.1), in the guide's order ----------------------------------------------
        all.add(bool(ConfigKeys.AUDIT_LOG_ENABLED, OPTIONAL, "false"));
        all.add(range(ConfigKeys.AUDIT_LOG_MAX_ENTRIES_RETRIEVED, OPTIONAL, "100", 1, 100));
        all.add(enumeration(ConfigKeys.AUTH_MODE, REQUIRED, "INTERNAL", false, "INTERNAL", "SAML_SP")
                .fixed());
        all.add(url(ConfigKeys.BASE_URL, OPTIONAL, null, 255, "http"));
        all.add(url(ConfigKeys.BASE_URL_HTTPS, REQUIRED, null, 255, "https"));
        all.add(bool(ConfigKeys.CUSTOMER_SELF_REGISTRATION_ENABLED, OPTIONAL, "true"));
        all.add(range(ConfigKeys.DECIMAL_PLACES, OPTIONAL, "2", 2, 6));
        all.add(def(ConfigKeys.HIDDEN_UI_ELEMENTS, SettingType.IDENTIFIER_LIST, OPTIONAL, null));
        all.add(def(ConfigKeys.HTTP_PROXY, SettingType.HOST, OPTIONAL, null));
        all.add(range(ConfigKeys.HTTP_PROXY_PORT, OPTIONAL, "1080", 1, 65535));
        all.add(range(ConfigKeys.IDP_ASSERTION_EXPIRATION, IF_IDP, "1800000", 1, MAX));
        all.add(range(ConfigKeys.IDP_ASSERTION_VALIDITY_TOLERANCE, IF_IDP, "600000", 1, MAX));
        all.add(def(ConfigKeys.IDP_PRIVATE_KEY_FILE_PATH, SettingType.PATH, IF_IDP, null));
        all.add(def(ConfigKeys.IDP_PUBLIC_CERTIFICATE_FILE_PATH, SettingType.PATH, IF_IDP, null));
        all.add(range(ConfigKeys.LDAP_SEARCH_LIMIT, OPTIONAL, "100", 1, MAX));
        all.add(def(ConfigKeys.LOG_CONFIG_FILE, SettingType.PATH, OPTIONAL, "./log4j.properties"));
        all.add(def(ConfigKeys.LOG_FILE_PATH, SettingType.PATH, REQUIRED, "../logs")
                .restart());
        all.add(enumeration(ConfigKeys.LOG_LEVEL, OPTIONAL, "INFO", true, "ERROR", "WARN", "INFO", "DEBUG"));
        all.add(def(ConfigKeys.MAIL_JA_CHARSET, SettingType.CHARSET, OPTIONAL, "UTF-8"));
        all.add(range(ConfigKeys.MAX_NUMBER_LOGIN_ATTEMPTS, OPTIONAL, "3", 1, MAX));
        all.add(url(ConfigKeys.MP_ERROR_REDIRECT_HTTP, OPTIONAL, null, 63, "http"));
        all.add(url(ConfigKeys.MP_ERROR_REDIRECT_HTTPS, OPTIONAL, null, 63, "https"));
        all.add(range(ConfigKeys.PERMITTED_PERIOD_INACTIVE_ON_BEHALF_USERS, OPTIONAL, "604800000", 1, MAX));
        all.add(range(ConfigKeys.PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS, OPTIONAL, "604800000", 1, MAX));
        all.add(bool(ConfigKeys.PSP_USAGE_ENABLED, REQUIRED, "false"));
        all.add(url(ConfigKeys.REPORT_ENGINEURL, IF_REPORTS, null, 1000, "http", "https"));
        all.add(url(ConfigKeys.REPORT_SOAP_ENDPOINT, IF_REPORTS, null, 255, "http", "https"));
        all.add(url(ConfigKeys.REPORT_WSDLURL, IF_REPORTS, null, 255, "http", "https"));
        all.add(string(ConfigKeys.SEARCH_INDEX_MASTER_FACTORY_NAME, REQUIRED, "jms/bss/masterIndexerQueueFactory", 1));
        all.add(string(ConfigKeys.SEARCH_INDEX_MASTER_QUEUE_NAME, REQUIRED, "jms/bss/masterIndexerQueue", 1));
        all.add(enumeration(
                ConfigKeys.SSO_IDP_AUTHENTICATION_REQUEST_HTTP_METHOD, IF_SAML_SP, "POST", false, "GET", "POST"));
        all.add(def(ConfigKeys.SSO_IDP_TRUSTSTORE, SettingType.PATH, IF_SAML_SP, null)
                .restart());
        all.add(string(ConfigKeys.SSO_IDP_TRUSTSTORE_PASSWORD, IF_SAML_SP, "changeit", 1)
                .restart()
                .secretValue());
        all.add(url(ConfigKeys.SSO_IDP_URL, IF_SAML_SP, null, 255, "https", "http")
                .restart());
        all.add(string(ConfigKeys.SSO_ISSUER_ID, IF_SAML_SP, "CT-MG", 1));
        all.add(range(ConfigKeys.SSO_STS_ENCKEY_LEN, IF_SAML_SP, "128", 1, INT_MAX)
                .restart());
        all.add(url(ConfigKeys.SSO_STS_METADATA_URL, IF_SAML_SP, null, 255, "https", "http")
                .restart());
        all.add(url(ConfigKeys.SSO_STS_URL, IF_SAML_SP, null, 255, "https", "http")
                .restart());
        all.add(bool(ConfigKeys.SUPPLIER_SETS_INVOICE_AS_DEFAULT, OPTIONAL, "false"));
        all.add(range(ConfigKeys.TAGGING_MAX_TAGS, REQUIRED, "20", 0, INT_MAX));
        all.add(range(ConfigKeys.TAGGING_MIN_SCORE, REQUIRED, "1", 1, INT_MAX));
        all.add(def(ConfigKeys.TIME_ZONE_ID, SettingType.TIME_ZONE, OPTIONAL, "GMT"));
        all.add(range(ConfigKeys.TIMER_INTERVAL_BILLING_OFFSET, OPTIONAL, "345600000", 0, MAX));
        all.add(range(ConfigKeys.TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET, OPTIONAL, "0", 0, MAX));
        all.add(interval(ConfigKeys.TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS, "0", 0));
        all.add(range(ConfigKeys.TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS_OFFSET, OPTIONAL, "0", 0, MAX));
        all.add(interval(ConfigKeys.TIMER_INTERVAL_ORGANIZATION, "0", 0));
        all.add(range(ConfigKeys.TIMER_INTERVAL_ORGANIZATION_OFFSET, OPTIONAL, "0", 0, MAX));
        all.add(interval(ConfigKeys.TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION, "86400000", 1));
        all.add(range(ConfigKeys.TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION_OFFSET, OPTIONAL, "0", 0, MAX));
        all.add(interval(ConfigKeys.TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT, "0", 0));
        all.add(range(ConfigKeys.TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT_OFFSET, OPTIONAL, "0", 0, MAX));
        all.add(range(ConfigKeys.WS_TIMEOUT, REQUIRED, "30000", 1, MAX));
        // ---- BSS extensions (not in App. B.4) ---------------------------------------------------------------
        all.add(range(ConfigKeys.API_ACCESS_TOKEN_EXPIRES, OPTIONAL, "3600", 1, MAX)
                .ext());
        all.add(range(ConfigKeys.API_REFRESH_TOKEN_EXPIRES, OPTIONAL, "2592000", 1, MAX)
                .ext());
        all.add(bool(ConfigKeys.API_PUBLISH_HEALTHCHECK, OPTIONAL, "true").ext());
        all.add(bool(ConfigKeys.API_SSL_CERT_VERIFICATION, OPTIONAL, "true").ext());
        all.add(string(ConfigKeys.API_SECRET_KEY, REQUIRED, null, 32)
                .secretValue()
                .ext());
        all.add(bool(ConfigKeys.BSS_TEST_CLOCK_ENABLED, OPTIONAL, "false").ext());
        all.add(range(ConfigKeys.PASSWORD_MIN_LENGTH, OPTIONAL, "8", 6, 100).ext());
        all.add(bool(ConfigKeys.PORTAL_HTTPS_ONLY, OPTIONAL, "false").ext());

        Map<String, SettingDefinition> byKey = new TreeMap<>();
        for (Builder b : all) {
            SettingDefinition d = b.build();
            if (byKey.put(d.key(), d) != null) {
                throw new IllegalStateException("duplicate key " + d.key());
            }
        }
        DEFINITIONS = Collections.unmodifiableMap(byKey);
    }

    private SettingsRegistry() {}

    /** Every known key, sorted by key. */
    public static Collection<SettingDefinition> all() {
        return DEFINITIONS.values();
    }

    public static Optional<SettingDefinition> find(String key) {
        return Optional.ofNullable(key == null ? null : DEFINITIONS.get(key.trim()));
    }

    /** @throws IllegalArgumentException for a key the registry does not know (a programming error) */
    public static SettingDefinition get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown setting " + key));
    }

    /**
     * Checks a value for a key and returns it in stored form (trimmed; booleans lower case; periods upper case).
     * A null or blank value means "unset" and is returned as null; unsetting a required key without a default
     * is refused.
     *
     * @throws ValidationException naming the key and what is allowed
     */
    public static String validate(SettingDefinition d, String raw) {
        String v = raw == null ? "" : raw.trim();
        if (v.isEmpty()) {
            if (d.required() && d.defaultValue() == null) {
                throw new ValidationException("config.value.required", d.key());
            }
            return null;
        }
        if (v.length() > MAX_VALUE_LENGTH) {
            throw new ValidationException("config.value.tooLong", d.key(), String.valueOf(MAX_VALUE_LENGTH));
        }
        switch (d.type()) {
            case BOOLEAN -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw new ValidationException("config.value.boolean", d.key(), v);
                }
                return v.toLowerCase(Locale.ROOT);
            }
            case LONG -> {
                Long n = parseLong(v);
                if (n == null || n < d.min() || n > d.max()) {
                    throw new ValidationException(
                            "config.value.range", d.key(), v, String.valueOf(d.min()), String.valueOf(d.max()));
                }
                return String.valueOf(n);
            }
            case ENUMERATION -> {
                if (!d.allowed().contains(v)) {
                    throw new ValidationException(
                            "config.value.enumeration", d.key(), v, String.join(", ", d.allowed()));
                }
                return v;
            }
            case URL -> {
                if (v.length() > d.max() || !isUrl(v, d.allowed())) {
                    throw new ValidationException(
                            "config.value.url", d.key(), v, String.join(", ", d.allowed()), String.valueOf(d.max()));
                }
                return v;
            }
            case TIME_ZONE -> {
                if (!isTimeZone(v)) {
                    throw new ValidationException("config.value.timeZone", d.key(), v);
                }
                return v;
            }
            case PATH -> {
                if (!isPath(v)) {
                    throw new ValidationException("config.value.path", d.key(), v);
                }
                return v;
            }
            case STRING -> {
                if (v.length() < d.min()) {
                    throw new ValidationException("config.value.minLength", d.key(), String.valueOf(d.min()));
                }
                return v;
            }
            case IDENTIFIER_LIST -> {
                List<String> items = new ArrayList<>();
                for (String item : v.split(",", -1)) {
                    String t = item.trim();
                    if (!IDENTIFIER.matcher(t).matches()) {
                        throw new ValidationException("config.value.list", d.key(), t);
                    }
                    items.add(t);
                }
                return String.join(",", items);
            }
            case HOST -> {
                if (!IPV4.matcher(v).matches()
                        && !HOST_NAME.matcher(v).matches()
                        && !IPV6.matcher(v).matches()) {
                    throw new ValidationException("config.value.host", d.key(), v);
                }
                return v;
            }
            case CHARSET -> {
                if (!isCharset(v)) {
                    throw new ValidationException("config.value.charset", d.key(), v);
                }
                return v;
            }
            case TIMER_INTERVAL -> {
                if (v.startsWith("P") || v.startsWith("p")) {
                    String upper = v.toUpperCase(Locale.ROOT);
                    if (!isPositivePeriod(upper)) {
                        throw new ValidationException(
                                "config.value.interval", d.key(), v, String.valueOf(d.min()), String.valueOf(d.max()));
                    }
                    return upper;
                }
                Long n = parseLong(v);
                if (n == null || n < d.min() || n > d.max()) {
                    throw new ValidationException(
                            "config.value.interval", d.key(), v, String.valueOf(d.min()), String.valueOf(d.max()));
                }
                return String.valueOf(n);
            }
            default -> throw new IllegalStateException(d.type().name());
        }
    }

    /** Validates by key. @throws IllegalArgumentException for an unknown key */
    public static String validate(String key, String raw) {
        return validate(get(key), raw);
    }

    private static Long parseLong(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isUrl(String v, List<String> schemes) {
        try {
            URI uri = new URI(v);
            return uri.getScheme() != null
                    && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            // REPORT_ENGINEURL is a template with ${...} placeholders: check it with them replaced
            if (v.contains("${")) {
                return isUrl(v.replaceAll("\\$\\{[A-Za-z0-9_.]+}", "x"), schemes);
            }
            return false;
        }
    }

    static boolean isTimeZone(String v) {
        TimeZone tz = TimeZone.getTimeZone(v);
        // TimeZone answers GMT for anything it does not know
        return !"GMT".equals(tz.getID()) || "GMT".equals(v);
    }

    // ReturnValueIgnored: Path.of is called for its InvalidPathException; the parsed path is not needed
    @SuppressWarnings("ReturnValueIgnored")
    static boolean isPath(String v) {
        if (v.indexOf('\0') >= 0) {
            return false;
        }
        try {
            if (v.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
                return new URI(v).getScheme() != null;
            }
            Path.of(v);
            return true;
        } catch (InvalidPathException | URISyntaxException e) {
            return false;
        }
    }

    static boolean isCharset(String v) {
        try {
            return Charset.isSupported(v);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isPositivePeriod(String v) {
        try {
            Period p = Period.parse(v);
            return !p.isNegative() && !p.isZero();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    // ---- definition builders ------------------------------------------------------------------------------

    private static Builder def(String key, SettingType type, Requirement req, String dflt) {
        return new Builder(key, type, req, dflt);
    }

    private static Builder bool(String key, Requirement req, String dflt) {
        return def(key, SettingType.BOOLEAN, req, dflt);
    }

    private static Builder range(String key, Requirement req, String dflt, long min, long max) {
        Builder b = def(key, SettingType.LONG, req, dflt);
        b.min = min;
        b.max = max;
        return b;
    }

    private static Builder interval(String key, String dflt, long min) {
        Builder b = def(key, SettingType.TIMER_INTERVAL, OPTIONAL, dflt);
        b.min = min;
        b.max = MAX;
        return b;
    }

    private static Builder enumeration(String key, Requirement req, String dflt, boolean restart, String... values) {
        Builder b = def(key, SettingType.ENUMERATION, req, dflt);
        b.allowed = List.of(values);
        b.restart = restart;
        return b;
    }

    private static Builder url(String key, Requirement req, String dflt, int maxLength, String... schemes) {
        Builder b = def(key, SettingType.URL, req, dflt);
        b.max = maxLength;
        b.allowed = List.of(schemes);
        return b;
    }

    private static Builder string(String key, Requirement req, String dflt, int minLength) {
        Builder b = def(key, SettingType.STRING, req, dflt);
        b.min = minLength;
        b.max = MAX_VALUE_LENGTH;
        return b;
    }

    /** Mutable helper so that the table above stays one line per key. */
    private static final class Builder {
        private final String key;
        private final SettingType type;
        private final Requirement requirement;
        private final String defaultValue;
        private long min;
        private long max;
        private List<String> allowed = List.of();
        private boolean restart;
        private boolean fixed;
        private boolean secret;
        private boolean extension;

        Builder(String key, SettingType type, Requirement requirement, String defaultValue) {
            this.key = key;
            this.type = type;
            this.requirement = requirement;
            this.defaultValue = defaultValue;
        }

        Builder restart() {
            restart = true;
            return this;
        }

        Builder fixed() {
            fixed = true;
            return this;
        }

        Builder secretValue() {
            secret = true;
            return this;
        }

        Builder ext() {
            extension = true;
            return this;
        }

        SettingDefinition build() {
            return new SettingDefinition(
                    key, type, requirement, defaultValue, min, max, allowed, restart, fixed, secret, extension);
        }
    }
}
