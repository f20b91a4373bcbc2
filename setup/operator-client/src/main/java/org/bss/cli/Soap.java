package org.bss.cli;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The SOAP 1.1 messages of OperatorService, built and read with the JDK only (ws-contract §1.1:
 * document/literal wrapped in {@code http://oscm.org/xsd}, wrapper children unqualified, VO properties
 * qualified). Every request carries the API version header {@code v1.9} (§1.4).
 */
public final class Soap {

    public static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String NS = "http://oscm.org/xsd";
    public static final String API_VERSION = "v1.9";

    private Soap() {}

    /** A setting as read from getConfigurationSettings. */
    public record Setting(String key, String value) {}

    /** A SOAP fault: code, text, and the local name and fields of the typed detail (if any). */
    public record Fault(
            String code,
            String text,
            Optional<String> detailName,
            Optional<String> messageKey,
            Optional<String> member) {

        /** The text without the contract's {@code EXCEPTIONID <id>: } prefix. */
        public String message() {
            return text == null ? "" : text.replaceFirst("^EXCEPTIONID \\d+: ", "");
        }
    }

    public static String getConfigurationSettings() {
        return envelope("<tns:getConfigurationSettings/>");
    }

    public static String saveConfigurationSetting(String key, String value) throws CliException {
        return envelope("<tns:saveConfigurationSetting><setting>"
                + "<tns:key>0</tns:key><tns:version>0</tns:version><tns:contextId>global</tns:contextId>"
                + "<tns:informationId>" + text(key) + "</tns:informationId>"
                + "<tns:value>" + text(value) + "</tns:value>"
                + "</setting></tns:saveConfigurationSetting>");
    }

    public static String addCurrency(String isoCode) throws CliException {
        return envelope("<tns:addCurrency><currencyISOCode>" + text(isoCode) + "</currencyISOCode></tns:addCurrency>");
    }

    static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"" + ENVELOPE_NS + "\" xmlns:tns=\"" + NS + "\">"
                + "<S:Header><auth xmlns=\"http://com/auth/\" S:actor=\"cm.service.version\">" + API_VERSION
                + "</auth></S:Header>"
                + "<S:Body>" + body + "</S:Body></S:Envelope>";
    }

    /** Escapes a value for element content; characters XML 1.0 cannot carry are a usage error. */
    static String text(String value) throws CliException {
        StringBuilder b = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
                        throw new CliException(
                                ExitCode.USAGE, "The value contains a control character that cannot be sent.");
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** The Fault of a response body, if it is one. */
    public static Optional<Fault> fault(String response) throws CliException {
        Document doc = parse(response);
        Element body = body(doc);
        Element fault = firstChild(body, ENVELOPE_NS, "Fault");
        if (fault == null) {
            return Optional.empty();
        }
        String code = childText(fault, null, "faultcode");
        String text = childText(fault, null, "faultstring");
        Element detail = firstChild(fault, null, "detail");
        Element typed = detail == null ? null : firstElement(detail);
        Optional<String> detailName = Optional.empty();
        Optional<String> messageKey = Optional.empty();
        Optional<String> member = Optional.empty();
        if (typed != null && NS.equals(typed.getNamespaceURI())) {
            detailName = Optional.of(typed.getLocalName());
            messageKey = Optional.ofNullable(childText(typed, NS, "messageKey"));
            member = Optional.ofNullable(childText(typed, NS, "member"));
        }
        return Optional.of(new Fault(code, text, detailName, messageKey, member));
    }

    /** The settings in a getConfigurationSettingsResponse. */
    public static List<Setting> settings(String response) throws CliException {
        Element wrapper = response(response, "getConfigurationSettingsResponse");
        List<Setting> settings = new ArrayList<>();
        for (Node n = wrapper.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "return".equals(e.getLocalName())) {
                String key = childText(e, NS, "informationId");
                if (key == null) {
                    throw malformed("a setting without informationId");
                }
                settings.add(new Setting(key, childText(e, NS, "value")));
            }
        }
        return settings;
    }

    /** Checks that a response is the expected (void) wrapper. */
    public static void expectResponse(String response, String wrapperName) throws CliException {
        response(response, wrapperName);
    }

    static Element response(String response, String wrapperName) throws CliException {
        Element wrapper = firstChild(body(parse(response)), NS, wrapperName);
        if (wrapper == null) {
            throw malformed("no " + wrapperName);
        }
        return wrapper;
    }

    private static Element body(Document doc) throws CliException {
        Element envelope = doc.getDocumentElement();
        if (!ENVELOPE_NS.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw malformed("not a SOAP 1.1 envelope");
        }
        Element body = firstChild(envelope, ENVELOPE_NS, "Body");
        if (body == null) {
            throw malformed("no SOAP Body");
        }
        return body;
    }

    private static Document parse(String xml) throws CliException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw malformed("not XML (" + e.getMessage() + ")");
        }
    }

    static CliException malformed(String what) {
        return new CliException(ExitCode.OTHER, "Unexpected answer from the server: " + what + ".");
    }

    /** First child element with the local name; namespace null matches unqualified (and any, for lenience). */
    static Element firstChild(Element parent, String ns, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && localName.equals(e.getLocalName())
                    && (ns == null || ns.equals(e.getNamespaceURI()))) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    static String childText(Element parent, String ns, String localName) {
        Element e = firstChild(parent, ns, localName);
        return e == null ? null : e.getTextContent();
    }
}
