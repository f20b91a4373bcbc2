package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on a free loopback port. */
class ProvisioningPingTest {

    private final ProvisioningPing ping = new ProvisioningPing();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wsdl", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://example.invalid/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anAnsweringEndpointIsReached() {
        assertThat(ping.ping(base + "/wsdl?wsdl")).isEqualTo(new ProvisioningPing.Result(true, 200, "HTTP 200"));
    }

    @Test
    void anErrorStatusOrARedirectIsNotReached() {
        assertThat(ping.ping(base + "/none")).isEqualTo(new ProvisioningPing.Result(false, 404, "HTTP 404"));
        assertThat(ping.ping(base + "/moved").status()).as("not followed").isEqualTo(302);
        assertThat(ping.ping(base + "/moved").reached()).isFalse();
    }

    @Test
    void aClosedPortIsNotReachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        ProvisioningPing.Result result = ping.ping("http://127.0.0.1:" + closed + "/wsdl");

        assertThat(result.reached()).isFalse();
        assertThat(result.status()).isZero();
        assertThat(result.detail()).startsWith("not reachable");
    }

    @Test
    void onlyHttpAndHttpsAreTried() {
        assertThat(ping.ping("file:///etc/passwd").detail()).startsWith("not an http or https URL");
        assertThat(ping.ping("ftp://127.0.0.1/x").reached()).isFalse();
        assertThat(ping.ping("http://").reached()).isFalse();
        assertThat(ping.ping("not a url").reached()).isFalse();
    }
}
