package org.bss.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;

/**
 * Portal addresses that go out in mails. The portal root is BASE_URL, else BASE_URL_HTTPS (B.4: "unset → BASE_URL_HTTPS
 * used"), else {@value #DEFAULT_ROOT}. B.4 writes these settings with the context root
 * ({@code http://host:8080/bss-portal}); a value without any path gets {@value #CONTEXT_ROOT} appended.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortalLinks {

    public static final String CONTEXT_ROOT = "/bss-portal";
    public static final String DEFAULT_ROOT = "http://localhost:8080" + CONTEXT_ROOT;

    @EJB
    private SettingsReader settings;

    /** e.g. {@code http://localhost:8080/bss-portal/login.xhtml} */
    public String loginUrl() {
        return loginUrl(root());
    }

    /** The "forgot password" page with its token: {@code .../bss-portal/recover.xhtml?token=<url-encoded token>} */
    public String recoveryUrl(String token) {
        Objects.requireNonNull(token, "token");
        return recoveryUrl(root(), token);
    }

    /**
     * PORTAL_HTTPS_ONLY (BSS): the HTTPS portal root (BASE_URL_HTTPS, same rule as the links) that a plain HTTP request
     * is redirected to; null when the portal also answers plain HTTP (the default, for the local quick start) or no
     * BASE_URL_HTTPS is set.
     */
    public String httpsOnlyRoot() {
        String https = settings.value(ConfigKeys.BASE_URL_HTTPS);
        if (!settings.booleanValue(ConfigKeys.PORTAL_HTTPS_ONLY) || !present(https)) {
            return null;
        }
        return portalRoot(null, https);
    }

    private String root() {
        return portalRoot(settings.value(ConfigKeys.BASE_URL), settings.value(ConfigKeys.BASE_URL_HTTPS));
    }

    static String portalRoot(String baseUrl, String baseUrlHttps) {
        String base = present(baseUrl) ? baseUrl : present(baseUrlHttps) ? baseUrlHttps : DEFAULT_ROOT;
        base = base.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return hasPath(base) ? base : base + CONTEXT_ROOT;
    }

    static String loginUrl(String root) {
        return root + "/login.xhtml";
    }

    static String recoveryUrl(String root, String token) {
        return root + "/recover.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static boolean hasPath(String url) {
        try {
            String path = URI.create(url).getRawPath();
            return path != null && !path.isEmpty();
        } catch (IllegalArgumentException e) {
            return true; // not parseable: the settings registry validated it, so take it as it is
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
