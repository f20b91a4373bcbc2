package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.system.portal.operator.OperatorSettings;
import org.junit.jupiter.api.Test;

/**
 * The browser-side protections of the portal over plain HTTP (issue 12 §5): security headers on every page, the
 * session cookie's SameSite attribute, and the redirect to HTTPS that PORTAL_HTTPS_ONLY switches on.
 */
class PortalHeadersIT {

    private static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    private static final Pattern RESOURCE =
            Pattern.compile("(?:href|src)=\"(/bss-portal/jakarta\\.faces\\.resource/[^\"]+)\"");
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageCarriesTheSecurityHeadersAndALaxSessionCookie() throws Exception {
        HttpResponse<String> login = get("/bss-portal/login.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS while plain HTTP is allowed")
                .isEmpty();
        assertThat(login.headers().firstValue("Server")).as("no server version").isEmpty();
        assertThat(login.headers().firstValue("X-Powered-By"))
                .as("no server version")
                .isEmpty();
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(
                        c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        Matcher resource = RESOURCE.matcher(login.body());
        assertThat(resource.find()).as("the login page links a resource").isTrue();
        assertThat(get(resource.group(1).replace("&amp;", "&")).headers().firstValue("X-Content-Type-Options"))
                .as("resources too: %s", resource.group(1))
                .hasValue("nosniff");
    }

    @Test
    void httpsOnlyRedirectsPlainHttpToTheHttpsBaseUrl() throws Exception {
        OperatorSettings.Previous base =
                OperatorSettings.set("BASE_URL_HTTPS", "https://portal.example:8181/bss-portal");
        OperatorSettings.Previous only = OperatorSettings.set("PORTAL_HTTPS_ONLY", "true");
        HttpResponse<String> answer;
        try {
            answer = get("/bss-portal/login.xhtml?lang=ja");
        } finally {
            OperatorSettings.restore(only);
            OperatorSettings.restore(base);
        }

        assertThat(answer.statusCode()).isEqualTo(301);
        assertThat(answer.headers().firstValue("Location"))
                .hasValue("https://portal.example:8181/bss-portal/login.xhtml?lang=ja");
        assertThat(get("/bss-portal/login.xhtml").statusCode()).as("off again").isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
