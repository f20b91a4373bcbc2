package org.bss.system.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain set up by {@code ./bss} exposes nothing it does not have to (docs/operations.md, "Ports and
 * interfaces"): only the HTTP and HTTPS listeners accept connections from other hosts; admin, JMX, IIOP, JMS, the
 * Hazelcast data grid and H2 listen on loopback; the admin interface wants the admin password. Reads the listening
 * sockets of the server process, found by its HTTP port, so it runs on the server's machine. (The application's
 * Server/X-Powered-By headers: {@code portal/PortalHeadersIT}.)
 */
class DomainExposureIT {

    private static int httpPort;
    private static int httpsPort;
    private static int adminPort;
    private static boolean adminHttps;

    @BeforeAll
    static void settings() {
        httpPort = URI.create(System.getProperty("bss.http.url", "http://localhost:8080"))
                .getPort();
        httpsPort = Integer.getInteger("bss.https.port", 8181);
        adminPort = Integer.getInteger("payara.adminPort", 4848);
        adminHttps = Boolean.getBoolean("payara.adminHttps");
    }

    @Test
    void onlyTheHttpListenersAcceptOtherHosts() {
        Optional<Long> server = ServerSockets.ownerOf(httpPort);
        assertThat(server).as("the process listening on HTTP port %d", httpPort).isPresent();
        List<ServerSockets.Listener> listeners = ServerSockets.of(server.orElseThrow());

        assertThat(listeners)
                .as("listeners of the server (pid %d)", server.orElseThrow())
                .anySatisfy(l -> assertThat(l.port()).isEqualTo(adminPort))
                .anySatisfy(l -> assertThat(l.port()).isEqualTo(httpsPort));
        assertThat(listeners)
                .filteredOn(l -> !l.loopback())
                .as("listeners of the server reachable from other hosts (all: %s)", listeners)
                .allSatisfy(l -> assertThat(l.port()).isIn(httpPort, httpsPort))
                .isNotEmpty();
        assertThat(listeners)
                .filteredOn(l -> l.port() == adminPort)
                .as("the admin listener (all: %s)", listeners)
                .allSatisfy(l -> assertThat(l.loopback()).isTrue());
    }

    @Test
    void adminInterfaceRefusesCallsWithoutThePassword() throws Exception {
        String admin = (adminHttps ? "https" : "http") + "://127.0.0.1:" + adminPort;

        HttpResponse<String> rest = send(admin + "/management/domain/applications/list-applications");
        assertThat(rest.statusCode())
                .as("admin REST GET /management/domain/applications/list-applications without credentials")
                .isEqualTo(401);
        HttpResponse<String> command = send(admin + "/__asadmin/list-applications");
        assertThat(command.body())
                .as("asadmin's endpoint /__asadmin/list-applications without credentials")
                .contains("FAILURE")
                .contains("LoginException");
        // the console logs in through the same admin realm (its first page loads lazily: not asserted here)
        for (String header : List.of("Server", "X-Powered-By")) {
            assertThat(rest.headers().allValues(header))
                    .as("%s of the admin listener", header)
                    .noneMatch(value -> value.matches(".*\\d.*"));
        }
    }

    private static HttpResponse<String> send(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(trustingTheDomainCertificate())
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Secure admin serves the domain's self-signed certificate; the test checks authentication, not the certificate. */
    private static SSLContext trustingTheDomainCertificate() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
        return context;
    }

    /**
     * Trusts any certificate for any host name: an {@link X509ExtendedTrustManager} does the host name check itself,
     * which the domain's certificate (no subject alternative names) would fail.
     */
    private static final class TrustingManager extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
