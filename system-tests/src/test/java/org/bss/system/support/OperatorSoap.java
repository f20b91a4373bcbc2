package org.bss.system.support;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * OperatorService/BASIC over the wire with HTTP Basic (user key + password), for tests about logging in: whatever
 * anyone who reaches the endpoint can send. {@link #login} is the status of getConfigurationSettings: 200 logged in,
 * 401 refused (wrong password, unknown user, locked account).
 */
public final class OperatorSoap {

    static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    static final String NS = "http://oscm.org/xsd";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private OperatorSoap() {}

    /** The HTTP status of one authenticated call. */
    public static int login(String userKey, String password) {
        return call(userKey, password, "<tns:getConfigurationSettings/>").statusCode();
    }

    /** The value in force of a configuration setting, read by an operator; empty when unset. */
    public static String setting(TestUsers.TestUser operator, String key) {
        HttpResponse<byte[]> r = call(operator.key(), operator.password(), "<tns:getConfigurationSettings/>");
        check(r);
        Document doc = parse(r.body());
        NodeList returns = doc.getElementsByTagNameNS("*", "return");
        for (int i = 0; i < returns.getLength(); i++) {
            Element e = (Element) returns.item(i);
            if (key.equals(child(e, "informationId"))) {
                String value = child(e, "value");
                return value == null ? "" : value;
            }
        }
        throw new AssertionError("no setting " + key + " in " + new String(r.body(), StandardCharsets.UTF_8));
    }

    /** Saves a setting as an operator (an empty value unsets an optional one). */
    public static void saveSetting(TestUsers.TestUser operator, String key, String value) {
        check(call(
                operator.key(),
                operator.password(),
                "<tns:saveConfigurationSetting><setting><tns:key>0</tns:key>"
                        + "<tns:version>0</tns:version><tns:contextId>global</tns:contextId><tns:informationId>" + key
                        + "</tns:informationId><tns:value>" + value
                        + "</tns:value></setting></tns:saveConfigurationSetting>"));
    }

    private static HttpResponse<byte[]> call(String userKey, String password, String body) {
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:tns=\"" + NS + "\">"
                + "<S:Body>" + body + "</S:Body></S:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/OperatorService/BASIC"))
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
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new AssertionError("SOAP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void check(HttpResponse<byte[]> r) {
        if (r.statusCode() != 200) {
            throw new AssertionError(
                    "SOAP answer " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    private static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    private static String child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }
}
