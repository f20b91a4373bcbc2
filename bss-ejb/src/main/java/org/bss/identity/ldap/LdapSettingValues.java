package org.bss.identity.ldap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.bss.common.ValidationException;

/** The form of each App. C value on its own; every error names the key. */
final class LdapSettingValues {

    /** Longest value stored (column setting_value). */
    static final int MAX_LENGTH = 4000;

    /**
     * An attribute name (RFC 4512 descriptor or numeric OID). Attribute names are put into search filters, so
     * nothing else may pass: this check is what keeps a setting from changing a filter.
     */
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}|[0-9]+(\\.[0-9]+)+");

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    private LdapSettingValues() {}

    static void check(String key, String value) {
        if (value.length() > MAX_LENGTH) {
            throw new ValidationException(
                    "ldap.settings.tooLong", key, String.valueOf(MAX_LENGTH), String.valueOf(value.length()));
        }
        switch (key) {
            case LdapSettings.URL -> checkUrl(key, value);
            case LdapSettings.BASE_DN -> checkDn(key, value);
            case LdapSettings.ATTR_UID,
                    LdapSettings.ATTR_EMAIL,
                    LdapSettings.ATTR_FIRST_NAME,
                    LdapSettings.ATTR_LAST_NAME,
                    LdapSettings.ATTR_ADDITIONAL_NAME,
                    LdapSettings.ATTR_LOCALE -> {
                if (!ATTRIBUTE.matcher(value).matches()) {
                    throw new ValidationException("ldap.settings.attribute", key, value);
                }
            }
            case LdapSettings.CONTEXT_FACTORY -> {
                if (!CLASS_NAME.matcher(value).matches()) {
                    throw new ValidationException("ldap.settings.className", key, value);
                }
            }
            default -> {
                // LDAP_PRINCIPAL (a DN or, for some servers, name@domain) and LDAP_CREDENTIALS: any text
            }
        }
    }

    /** ldap://host[:port] or ldaps://host[:port]; the tree position belongs in LDAP_BASE_DN, not in the URL. */
    private static void checkUrl(String key, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new ValidationException("ldap.settings.url", key, value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bareHost = uri.getHost() != null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
        if (!(scheme.equals("ldap") || scheme.equals("ldaps")) || !bareHost || uri.getPort() > 65535) {
            throw new ValidationException("ldap.settings.url", key, value);
        }
    }

    private static void checkDn(String key, String value) {
        try {
            new LdapName(value);
        } catch (InvalidNameException | IllegalArgumentException e) {
            throw new ValidationException("ldap.settings.dn", key, value);
        }
    }
}
