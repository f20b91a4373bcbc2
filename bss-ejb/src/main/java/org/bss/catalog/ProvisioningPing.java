package org.bss.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * "Validate communication" of a technical service (G.7): one GET of its provisioning URL (usually the WSDL of the
 * application's provisioning service). Only http and https; no redirect is followed and nothing of the answer but
 * its status is kept, so the check cannot be used to read other hosts' pages through BSS.
 */
final class ProvisioningPing {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * What the ping found: reached (2xx), the HTTP status (0: no answer), why not in words, and whether the endpoint
     * let the time run out (the SOAP fault's reason TIMEOUT tells that apart from a refused connection).
     */
    record Result(boolean reached, int status, String detail, boolean timedOut) {

        Result(boolean reached, int status, String detail) {
            this(reached, status, detail, false);
        }
    }

    Result ping(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Result(false, 0, "not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
            return new Result(false, 0, "not an http or https URL: " + url);
        }
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            int status = answer.statusCode();
            return new Result(status / 100 == 2, status, "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Result(false, 0, "no answer within " + TIMEOUT.toSeconds() + " s", true);
        } catch (IOException e) {
            return new Result(false, 0, "not reachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, 0, "interrupted");
        }
    }
}
