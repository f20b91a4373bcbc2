package org.bss.cli;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The IdentityService messages of the user commands (docs/soap.md, section IdentityService), in the wire conventions
 * of {@link Soap}: the user is a {@code voUser} addressed by its {@code userId}; {@code marketplaceId} is left out
 * (the server ignores it).
 */
final class UserSoap {

    private UserSoap() {}

    /** Who the caller is, to check the operator role before anything changes. */
    static String getCurrentUserDetails() {
        return Soap.envelope("<tns:getCurrentUserDetails/>");
    }

    /** Locks with status LOCKED (an administrator's lock, not the lockout after failed logins). */
    static String lockUserAccount(String userId) throws CliException {
        return Soap.envelope(
                "<tns:lockUserAccount>" + user(userId) + "<newStatus>LOCKED</newStatus></tns:lockUserAccount>");
    }

    static String unlockUserAccount(String userId) throws CliException {
        return Soap.envelope("<tns:unlockUserAccount>" + user(userId) + "</tns:unlockUserAccount>");
    }

    static String requestResetOfUserPassword(String userId) throws CliException {
        return Soap.envelope("<tns:requestResetOfUserPassword>" + user(userId) + "</tns:requestResetOfUserPassword>");
    }

    /** The user roles in a getCurrentUserDetailsResponse. */
    static List<String> userRoles(String response) throws CliException {
        Element ret = Soap.firstChild(Soap.response(response, "getCurrentUserDetailsResponse"), null, "return");
        if (ret == null) {
            throw Soap.malformed("no return in getCurrentUserDetailsResponse");
        }
        List<String> roles = new ArrayList<>();
        for (Node n = ret.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && Soap.NS.equals(e.getNamespaceURI()) && "userRoles".equals(e.getLocalName())) {
                roles.add(e.getTextContent().strip());
            }
        }
        return roles;
    }

    /** key and version are required by the XSD of voUser; 0 means "look the user up by userId". */
    private static String user(String userId) throws CliException {
        return "<user><tns:key>0</tns:key><tns:version>0</tns:version><tns:userId>" + Soap.text(userId)
                + "</tns:userId></user>";
    }
}
