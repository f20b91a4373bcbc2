package org.bss.system.soap;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bss.system.support.TestUsers.TestUser;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Raw SOAP 1.1 over HTTP for tests of what the wire carries (credentials in the header or not, malformed bodies):
 * envelopes, a UsernameToken header, Basic credentials, and the reply parsed when it is XML.
 */
final class SoapWire {

    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String NS = "http://oscm.org/xsd";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SoapWire() {}

    /** An envelope with the given header blocks and Body content. */
    static String envelope(String headerBlocks, String body) {
        return "<S:Envelope xmlns:S=\"" + ENVELOPE_NS + "\" xmlns:tns=\"" + NS + "\">"
                + (headerBlocks.isEmpty() ? "" : "<S:Header>" + headerBlocks + "</S:Header>")
                + "<S:Body>" + body + "</S:Body></S:Envelope>";
    }

    /** The original's UsernameToken header (ws-contract §1.3): name and PasswordText password. */
    static String usernameToken(String name, String password, boolean mustUnderstand) {
        return "<wsse:Security xmlns:wsse=\"" + WSSE + "\""
                + (mustUnderstand ? " S:mustUnderstand=\"1\"" : "") + "><wsse:UsernameToken>"
                + "<wsse:Username>" + name + "</wsse:Username>"
                + "<wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + password + "</wsse:Password>"
                + "</wsse:UsernameToken></wsse:Security>";
    }

    static String basic(TestUser user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user.key() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs a body to {@code /<service>/BASIC}; {@code authorization} may be null. */
    static Reply post(String service, String authorization, String contentType, byte[] body) throws Exception {
        return send(service, authorization, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** POSTs a body of unknown length (HTTP chunked transfer coding, no Content-Length). */
    static Reply postChunked(String service, String authorization, String envelope) throws Exception {
        byte[] body = envelope.getBytes(StandardCharsets.UTF_8);
        return send(
                service,
                authorization,
                "text/xml; charset=utf-8",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    private static Reply send(String service, String authorization, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(OperatorServiceIT.BASE + "/" + service + "/BASIC"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType)
                .header("SOAPAction", "\"\"")
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("WWW-Authenticate"),
                response.headers().firstValue("Server"),
                new String(response.body(), StandardCharsets.UTF_8),
                parse(response.body()));
    }

    static Reply post(String service, String authorization, String envelope) throws Exception {
        return post(service, authorization, "text/xml; charset=utf-8", envelope.getBytes(StandardCharsets.UTF_8));
    }

    private static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception notXml) {
            return null;
        }
    }

    /** One answer: status, the Basic challenge, the Server header, the text and the document (null when not XML). */
    record Reply(int status, Optional<String> challenge, Optional<String> server, String text, Document doc) {

        String value(String localName) {
            if (doc == null) {
                return null;
            }
            NodeList nodes = doc.getElementsByTagNameNS("*", localName);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        String faultcode() {
            return value("faultcode");
        }

        String faultstring() {
            return value("faultstring");
        }

        /** The local name of the fault's detail element, or null. */
        String detail() {
            if (doc == null) {
                return null;
            }
            NodeList detail = doc.getElementsByTagName("detail");
            if (detail.getLength() == 0) {
                return null;
            }
            for (Node n = detail.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    return n.getLocalName();
                }
            }
            return null;
        }
    }
}
