package org.bss.system.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the REST API under test: JSON in, status + headers + parsed JSON out. */
final class RestClient {

    static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    static final String API = BASE + "/bss/api/v1";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: Payara answers early 413s on HTTP/1.1
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One answer. */
    record Answer(int status, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }

    Answer send(String method, String url, String contentType, String body, Map<String, String> headers) {
        return sendBytes(
                method, url, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** The body as these bytes, whatever they are (the fuzz corpus sends bytes that are not UTF-8). */
    Answer sendBytes(String method, String url, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : API + url))
                .timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (java.io.IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, null, null, auth(token));
    }

    Answer post(String path, String json) {
        return send("POST", path, "application/json", json, Map.of());
    }

    Answer post(String path, String json, String token) {
        return send("POST", path, json == null ? null : "application/json", json, auth(token));
    }

    Answer put(String path, String json, String token) {
        return send("PUT", path, "application/json", json, auth(token));
    }

    private static Map<String, String> auth(String token) {
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    /** A JSON object from name/value pairs (strings, numbers, null). */
    static String json(Object... namesAndValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                b.addNull(name);
            } else if (value instanceof Number n) {
                b.add(name, n.longValue());
            } else {
                b.add(name, value.toString());
            }
        }
        return b.build().toString();
    }
}
