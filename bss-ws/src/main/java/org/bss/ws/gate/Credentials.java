package org.bss.ws.gate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The caller's login name (user key, user id or {@code id:<userId>}, as the realm reads it) and password, from the
 * two places a SOAP caller may put them: a WS-Security UsernameToken with a PasswordText password (the original's
 * later clients, ws-contract §1.3) or an HTTP Basic header.
 */
record Credentials(String name, String password) {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final QName SECURITY = new QName(WSSE, "Security");
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    /** Longer names or passwords are no credentials of BSS: refused before the realm is asked. */
    static final int MAX_LENGTH = 512;

    @Override
    public String toString() {
        return "Credentials[" + name + "]";
    }

    /** HTTP Basic: {@code Basic base64(name:password)}; empty for another or a malformed header. */
    static Optional<Credentials> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String pair;
        try {
            pair = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(checked(pair.substring(0, colon), pair.substring(colon + 1)));
    }

    /**
     * The UsernameToken of a {@code wsse:Security} header block, the reader on its start tag.
     *
     * @throws Refusal a token without name or password, or with a password that is not PasswordText
     */
    static Credentials usernameToken(XMLStreamReader security) throws XMLStreamException {
        String name = null;
        String password = null;
        int depth = 0;
        while (security.hasNext()) {
            int event = security.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (WSSE.equals(security.getNamespaceURI()) && "Username".equals(security.getLocalName())) {
                    name = security.getElementText().trim();
                    depth--;
                } else if (WSSE.equals(security.getNamespaceURI()) && "Password".equals(security.getLocalName())) {
                    String type = security.getAttributeValue(null, "Type");
                    if (type != null && !PASSWORD_TEXT.equals(type.trim())) {
                        throw new Refusal(
                                Refusal.UNAUTHORIZED,
                                "The UsernameToken password must be PasswordText (a digest cannot be checked).");
                    }
                    password = security.getElementText();
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
        }
        if (name == null || name.isEmpty() || password == null) {
            throw new Refusal(
                    Refusal.UNAUTHORIZED,
                    "The wsse:Security header has no UsernameToken with a Username and a PasswordText Password.");
        }
        return checked(name, password);
    }

    private static Credentials checked(String name, String password) {
        if (name.length() > MAX_LENGTH || password.length() > MAX_LENGTH) {
            throw new Refusal(Refusal.UNAUTHORIZED, "The user name or password is too long.");
        }
        return new Credentials(name, password);
    }
}
