package org.bss.system.matrix;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bss.system.matrix.AuthorizationMatrix.Expect;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One SOAP 1.1 call as it goes over the wire, without a generated client: the matrix also calls operations a
 * generated client of today's WSDL would not know. Wrapper children are unqualified, VO content is qualified in
 * {@code http://oscm.org/xsd} (ws-contract §1.1); the caller logs in with HTTP Basic (user key + password).
 */
final class SoapCall {

    static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    static final String NS = "http://oscm.org/xsd";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SoapCall() {}

    /** Calls {@code operation} of {@code /<service>/BASIC} with the given children of the request wrapper. */
    static Answer call(String service, String userKey, String password, String operation, String children) {
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:tns=\"" + NS + "\">"
                + "<S:Body><tns:" + operation + ">" + children + "</tns:" + operation + "></S:Body></S:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/" + service + "/BASIC"))
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
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return classify(operation, response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(operation + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** An element of a VO: {@code <tns:name>value</tns:name>}. */
    static String vo(String name, String value) {
        return "<tns:" + name + ">" + xml(value) + "</tns:" + name + ">";
    }

    /** An unqualified wrapper child: {@code <name>content</name>} (content already XML). */
    static String param(String name, String content) {
        return "<" + name + ">" + content + "</" + name + ">";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * 200 with the response wrapper: allowed. A fault whose detail is OperationNotPermittedException or
     * OrganizationAuthoritiesException, or the container's "not authorized" fault of a role check at the endpoint:
     * refused. ObjectNotFoundException: not found. Anything else is unexpected.
     */
    static Answer classify(String operation, int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            return Answer.other("HTTP " + status + ", not SOAP: " + abbreviate(text), text);
        }
        if (status == 200 && first(doc, NS, operation + "Response") != null) {
            return Answer.of(Expect.ALLOWED, "HTTP 200 " + operation + "Response", text);
        }
        Element fault = first(doc, "http://schemas.xmlsoap.org/soap/envelope/", "Fault");
        if (fault == null) {
            return Answer.other("HTTP " + status + ": " + abbreviate(text), text);
        }
        String faultString = childText(fault, "faultstring");
        Element detail = child(fault, "detail");
        String name = detail == null ? null : firstElementName(detail);
        String evidence = "HTTP " + status + " fault " + (name == null ? "(no detail)" : name) + ": " + faultString;
        if ("OperationNotPermittedException".equals(name)
                || "OrganizationAuthoritiesException".equals(name)
                || (name == null
                        && faultString != null
                        && faultString.toLowerCase(Locale.ROOT).contains("not authorized"))) {
            return Answer.of(Expect.REFUSED, evidence, text);
        }
        if ("ObjectNotFoundException".equals(name)) {
            return Answer.of(Expect.NOT_FOUND, evidence, text);
        }
        return Answer.other(evidence, text);
    }

    private static Element first(Document doc, String ns, String localName) {
        var nodes = doc.getElementsByTagNameNS(ns, localName);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : e.getTextContent();
    }

    private static String firstElementName(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e.getLocalName();
            }
        }
        return null;
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
