package org.bss.system.ldap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The REST and SOAP calls of the LDAP system test, over plain HTTP (SOAP as raw XML, HTTP Basic with the user key). */
final class LdapHttp {

    static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    static final String API = BASE + "/bss/api/v1";
    static final String NS = "http://oscm.org/xsd";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private LdapHttp() {}

    /** A REST answer: status and body. */
    record Rest(int status, String body) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON object (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** {@code path} below /bss/api/v1, or a full URL. */
    static Rest rest(String method, String path, String token, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method,
                jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        return send(b.build(), r -> new Rest(r.statusCode(), r.body()));
    }

    /** POST /auth/token. */
    static Rest token(String userId, String password) {
        return rest(
                "POST",
                "/auth/token",
                null,
                Json.createObjectBuilder()
                        .add("userId", userId)
                        .add("password", password)
                        .build()
                        .toString());
    }

    /** An access token, or an AssertionError saying why there is none. */
    static String accessToken(String userId, String password) {
        Rest answer = token(userId, password);
        if (answer.status() != 200) {
            throw new AssertionError("no token for " + userId + ": " + answer);
        }
        return answer.json().getString("access_token");
    }

    static String json(Map<String, String> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach(b::add);
        return b.build().toString();
    }

    /** A SOAP answer: HTTP status, the parsed envelope and its text. */
    record Soap(int status, Document doc, String text) {
        /** The local name of the fault's detail element, or null when the call succeeded. */
        String faultDetail() {
            NodeList faults = doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Fault");
            if (faults.getLength() == 0) {
                return null;
            }
            NodeList details = ((Element) faults.item(0)).getElementsByTagName("detail");
            if (details.getLength() == 0) {
                return "(no detail)";
            }
            for (var n = details.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    return e.getLocalName();
                }
            }
            return "(empty detail)";
        }

        /** Text of every element with this local name, in document order. */
        List<String> texts(String localName) {
            List<String> out = new ArrayList<>();
            NodeList nodes = doc.getElementsByTagNameNS("*", localName);
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    /** Calls an operation of /IdentityService/BASIC with the wrapper's children (already XML). */
    static Soap identity(String userKey, String password, String operation, String children) {
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:tns=\"" + NS + "\">"
                + "<S:Body><tns:" + operation + ">" + children + "</tns:" + operation + "></S:Body></S:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/IdentityService/BASIC"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((userKey + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        return send(request, r -> {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document doc = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
                return new Soap(r.statusCode(), doc, r.body());
            } catch (Exception e) {
                throw new AssertionError("HTTP " + r.statusCode() + ", not SOAP: " + r.body(), e);
            }
        });
    }

    /** A VOUserDetails in a wrapper element: unqualified wrapper child, qualified VO content. */
    static String soapUser(String element, String userId, String... roles) {
        StringBuilder b = new StringBuilder("<" + element + "><tns:userId>" + userId + "</tns:userId>");
        for (String role : roles) {
            b.append("<tns:userRoles>").append(role).append("</tns:userRoles>");
        }
        return b.append("</").append(element).append(">").toString();
    }

    private static <T> T send(HttpRequest request, java.util.function.Function<HttpResponse<String>, T> answer) {
        try {
            return answer.apply(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
