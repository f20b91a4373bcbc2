package org.bss.system.matrix;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bss.system.matrix.AuthorizationMatrix.Expect;
import org.bss.system.matrix.MatrixFixtures.Member;

/**
 * Calls of the REST API /bss/api/v1 as the matrix's callers: one access token per caller (issued once; a new one
 * would revoke the old), JSON or CSV bodies, and the answer in the matrix's terms.
 */
final class RestCall {

    static final String API = SoapCall.BASE + "/bss/api/v1";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private RestCall() {}

    /** Sends {@code method path} as the caller; {@code contentType} null means no body. */
    static Answer call(Member caller, String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token(caller))
                .header("Accept", "application/json, text/plain;q=0.9");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = send(b.build());
        return classify(method + " " + path, r.statusCode(), r.body());
    }

    /** A JSON body from name/value pairs: strings, numbers, string lists ({@code String[]}). */
    static String json(Object... namesAndValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value instanceof Number n) {
                b.add(name, n.longValue());
            } else if (value instanceof String[] list) {
                var array = Json.createArrayBuilder();
                for (String item : list) {
                    array.add(item);
                }
                b.add(name, array);
            } else if (value instanceof JsonValue v) {
                b.add(name, v);
            } else {
                b.add(name, String.valueOf(value));
            }
        }
        return b.build().toString();
    }

    /** A nested JSON object for {@link #json}. */
    static JsonValue object(Object... namesAndValues) {
        try (var reader = Json.createReader(new StringReader(json(namesAndValues)))) {
            return reader.readObject();
        }
    }

    /**
     * 2xx: allowed. 403: refused. 404 carrying a BSS message key ({@code code}): not found (a 404 without one is an
     * unknown path, i.e. a missing endpoint, and unexpected). Anything else is unexpected.
     */
    static Answer classify(String request, int status, String body) {
        String evidence = request + " → " + status + " " + SoapCall.abbreviate(body == null ? "" : body);
        if (status >= 200 && status < 300) {
            return Answer.of(Expect.ALLOWED, evidence, body);
        }
        if (status == 403) {
            return Answer.of(Expect.REFUSED, evidence, body);
        }
        if (status == 404 && code(body) != null) {
            return Answer.of(Expect.NOT_FOUND, evidence, body);
        }
        return Answer.other(evidence, body);
    }

    private static String code(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            return problem.containsKey("code") ? problem.getString("code") : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String token(Member caller) {
        return TOKENS.computeIfAbsent(caller.userId(), id -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(API + "/auth/token"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json("userId", id, "password", caller.password())))
                    .build();
            HttpResponse<String> r = send(request);
            if (r.statusCode() != 200) {
                throw new AssertionError("no token for " + id + ": " + r.statusCode() + " " + r.body());
            }
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                return reader.readObject().getString("access_token");
            }
        });
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
