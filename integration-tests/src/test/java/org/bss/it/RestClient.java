package org.bss.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The REST API as an operator sees it, for tests that must act through BSS's own services. */
public final class RestClient {

    private static final String API = "http://localhost:8080/bss/api/v1/";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String accessToken;

    public RestClient logIn(String userId, String password) throws Exception {
        JsonObject body = Json.createObjectBuilder()
                .add("userId", userId)
                .add("password", password)
                .build();
        HttpResponse<String> response = send("POST", "auth/token", body.toString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token refused: " + response.statusCode() + " " + response.body());
        }
        accessToken = Json.createReader(new StringReader(response.body()))
                .readObject()
                .getString("access_token");
        return this;
    }

    public void putSetting(String key, String value) throws Exception {
        expectOk(send(
                "PUT",
                "settings/" + key,
                Json.createObjectBuilder().add("value", value).build().toString()));
    }

    public String setting(String key) throws Exception {
        HttpResponse<String> response = expectOk(send("GET", "settings/" + key, null));
        JsonObject setting =
                Json.createReader(new StringReader(response.body())).readObject();
        return setting.getString("value", ""); // absent when unset
    }

    public void advanceClock(long seconds) throws Exception {
        expectOk(send(
                "POST",
                "test-clock/advance",
                Json.createObjectBuilder().add("seconds", seconds).build().toString()));
    }

    public void resetClock() throws Exception {
        expectOk(send("POST", "test-clock/reset", "{}"));
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expectOk(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " → " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
