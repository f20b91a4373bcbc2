package org.bss.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployed EAR answers on the URLs the README promises: portal, REST health, SOAP WSDL.
 * Runs against a running server ({@code ./bss test} starts one); base URL from {@code bss.http.url}.
 */
class DeploymentIT {

    private static String base;
    private static HttpClient http;

    @BeforeAll
    static void client() {
        base = System.getProperty("bss.http.url", "http://localhost:8080").replaceAll("/+$", "");
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void portalAnswersWithoutServerError() throws Exception {
        HttpResponse<String> response = get("/bss-portal/");
        assertThat(response.statusCode())
                .as("GET /bss-portal/ (body: %s)", abbreviate(response.body()))
                .isBetween(200, 403);
    }

    @Test
    void restHealthIsUp() throws Exception {
        HttpResponse<String> response = get("/bss/api/v1/health");
        assertThat(response.statusCode())
                .as("GET /bss/api/v1/health (body: %s)", abbreviate(response.body()))
                .isEqualTo(200);
    }

    @Test
    void operatorServiceWsdlIsPublished() throws Exception {
        HttpResponse<String> response = get("/OperatorService/BASIC?wsdl");
        assertThat(response.statusCode()).as("GET /OperatorService/BASIC?wsdl").isEqualTo(200);
        assertThat(response.body()).contains("definitions").contains("OperatorService");
    }

    @Test
    void unknownPathIsNotAServerError() throws Exception {
        assertThat(get("/bss/api/v1/no-such-resource").statusCode()).isBetween(400, 499);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
