package org.bss.cli;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The organization and audit-log messages of OperatorService (docs/soap.md): requests built and answers read
 * with the JDK only, in the wire conventions of {@link Soap}.
 */
final class OrganizationSoap {

    /**
     * What registerOrganization answers: the new organization's id and its first administrator (initial password null
     * for an LDAP-managed organization).
     */
    record Registration(
            String organizationId,
            String organizationName,
            String administratorUserId,
            String administratorUserKey,
            String initialPassword) {}

    private OrganizationSoap() {}

    /** @param ldapProperties the text of the LDAP properties file, or null */
    static String registerOrganization(String properties, String ldapProperties) throws CliException {
        return Soap.envelope("<tns:registerOrganization><organizationProperties>" + Soap.text(properties)
                + "</organizationProperties>"
                + (ldapProperties == null ? "" : "<ldapProperties>" + Soap.text(ldapProperties) + "</ldapProperties>")
                + "</tns:registerOrganization>");
    }

    static String updateOrganization(String properties) throws CliException {
        return Soap.envelope("<tns:updateOrganization><organizationProperties>" + Soap.text(properties)
                + "</organizationProperties></tns:updateOrganization>");
    }

    static String addOrganizationToRole(String orgId, List<String> roles, BigDecimal operatorRevenueShare)
            throws CliException {
        StringBuilder b = new StringBuilder("<tns:addOrganizationToRole><organizationId>")
                .append(Soap.text(orgId))
                .append("</organizationId>");
        for (String role : roles) {
            b.append("<role>").append(Soap.text(role)).append("</role>");
        }
        if (operatorRevenueShare != null) {
            b.append("<operatorRevenueShare>")
                    .append(operatorRevenueShare.toPlainString())
                    .append("</operatorRevenueShare>");
        }
        return Soap.envelope(b.append("</tns:addOrganizationToRole>").toString());
    }

    static String setDistinguishedName(String orgId, String distinguishedName) throws CliException {
        return Soap.envelope("<tns:setDistinguishedName><organizationId>" + Soap.text(orgId) + "</organizationId>"
                + "<distinguishedName>" + Soap.text(distinguishedName)
                + "</distinguishedName></tns:setDistinguishedName>");
    }

    static String addAvailablePaymentTypes(String orgId, List<String> types) throws CliException {
        StringBuilder b = new StringBuilder(
                        "<tns:addAvailablePaymentTypes><supplier><tns:key>0</tns:key><tns:version>0</tns:version>"
                                + "<tns:imageDefined>false</tns:imageDefined><tns:organizationId>")
                .append(Soap.text(orgId))
                .append("</tns:organizationId></supplier>");
        for (String type : types) {
            b.append("<types>").append(Soap.text(type)).append("</types>");
        }
        return Soap.envelope(b.append("</tns:addAvailablePaymentTypes>").toString());
    }

    static String getUserOperationLog(String from, String to, String userId) throws CliException {
        return Soap.envelope("<tns:getUserOperationLog><fromDate>" + Soap.text(from) + "</fromDate><toDate>"
                + Soap.text(to) + "</toDate>" + (userId == null ? "" : "<userId>" + Soap.text(userId) + "</userId>")
                + "</tns:getUserOperationLog>");
    }

    /** The registration in a registerOrganizationResponse. */
    static Registration registration(String response) throws CliException {
        Element ret = result(response, "registerOrganizationResponse");
        Element org = Soap.firstChild(ret, Soap.NS, "organization");
        String orgId = org == null ? null : Soap.childText(org, Soap.NS, "organizationId");
        String userId = Soap.childText(ret, Soap.NS, "administratorUserId");
        String key = Soap.childText(ret, Soap.NS, "administratorUserKey");
        String password = Soap.childText(ret, Soap.NS, "initialPassword");
        if (orgId == null || userId == null || key == null) {
            throw Soap.malformed("an incomplete registerOrganizationResponse");
        }
        return new Registration(orgId, Soap.childText(org, Soap.NS, "name"), userId, key, password);
    }

    /** The organization id in an updateOrganizationResponse. */
    static String updatedOrganizationId(String response) throws CliException {
        String orgId = Soap.childText(result(response, "updateOrganizationResponse"), Soap.NS, "organizationId");
        if (orgId == null) {
            throw Soap.malformed("an updateOrganizationResponse without organizationId");
        }
        return orgId;
    }

    /** The bytes of a getUserOperationLogResponse (an empty log may come without a return element). */
    static byte[] log(String response) throws CliException {
        Element wrapper = Soap.response(response, "getUserOperationLogResponse");
        Element ret = Soap.firstChild(wrapper, null, "return");
        if (ret == null) {
            return new byte[0];
        }
        try {
            return Base64.getMimeDecoder().decode(ret.getTextContent());
        } catch (IllegalArgumentException e) {
            throw Soap.malformed("a log that is not base64");
        }
    }

    private static Element result(String response, String wrapperName) throws CliException {
        Element ret = Soap.firstChild(Soap.response(response, wrapperName), null, "return");
        if (ret == null) {
            throw Soap.malformed("no return in " + wrapperName);
        }
        return ret;
    }
}
