package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;
import static org.bss.system.matrix.SoapCall.vo;
import static org.bss.system.matrix.SoapCall.xml;

import java.util.Locale;
import org.bss.system.matrix.MatrixFixtures.StoredOrg;
import org.bss.system.matrix.Scene.Target;

/**
 * The organization operations (operator only, App. G.5): SOAP OperatorService (BSS's binding: org.properties text,
 * docs/soap.md) and the REST organization and audit-log endpoints. Effects are read from the database.
 */
final class OrganizationProbes {

    static final String OPERATOR = "OperatorService";
    /** A period long before any entry: the export succeeds without reaching AUDIT_LOG_MAX_ENTRIES_RETRIEVED. */
    static final String FROM = "2000-01-01";

    static final String TO = "2000-01-02";

    private OrganizationProbes() {}

    /** A SUPPLIER organization named {@code fresh} with a first administrator {@code fresh-admin}. */
    static Probe create() {
        return new Probe(
                Target.NONE,
                s -> soap(
                        s,
                        "registerOrganization",
                        param(
                                "organizationProperties",
                                xml(String.join(
                                        "\n",
                                        "organization.name=" + s.fresh,
                                        "organization.locale=en",
                                        "organization.roles=SUPPLIER",
                                        "organization.operatorrevshare=10",
                                        "user.identifier=" + s.fresh + "-admin",
                                        "user.email=" + UserProbes.email(s.fresh + "-admin"),
                                        "user.salutation=MR",
                                        "user.locale=en")))),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/organizations",
                        "application/json",
                        RestCall.json(
                                "name",
                                s.fresh,
                                "locale",
                                "en",
                                "roles",
                                new String[] {"SUPPLIER"},
                                "operatorRevenueShare",
                                10,
                                "administrator",
                                RestCall.object(
                                        "userId",
                                        s.fresh + "-admin",
                                        "email",
                                        UserProbes.email(s.fresh + "-admin"),
                                        "salutation",
                                        "MR",
                                        "locale",
                                        "en"))),
                (s, surface, a) -> MatrixFixtures.storedOrg(s.fresh, true) != null);
    }

    static Probe update() {
        return new Probe(
                Target.ORGANIZATION,
                s -> soap(
                        s,
                        "updateOrganization",
                        param(
                                "organizationProperties",
                                xml("organization.id=" + s.targetOrg.orgId() + "\norganization.name=" + s.fresh))),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/organizations/" + s.targetOrg.orgId(),
                        "application/json",
                        RestCall.json("name", s.fresh, "version", 0)),
                (s, surface, a) -> s.fresh.equals(stored(s).name()));
    }

    static Probe addRole() {
        return new Probe(
                Target.ORGANIZATION,
                s -> soap(
                        s,
                        "addOrganizationToRole",
                        param("organizationId", s.targetOrg.orgId()) + param("role", "TECHNOLOGY_PROVIDER")),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/organizations/" + s.targetOrg.orgId() + "/roles",
                        "application/json",
                        RestCall.json("roles", new String[] {"TECHNOLOGY_PROVIDER"})),
                (s, surface, a) -> stored(s).roles().contains("TECHNOLOGY_PROVIDER"));
    }

    static Probe setDistinguishedName() {
        return new Probe(
                Target.ORGANIZATION,
                s -> soap(
                        s,
                        "setDistinguishedName",
                        param("organizationId", s.targetOrg.orgId()) + param("distinguishedName", xml(dn(s)))),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/organizations/" + s.targetOrg.orgId() + "/distinguished-name",
                        "application/json",
                        RestCall.json("distinguishedName", dn(s))),
                (s, surface, a) -> {
                    String stored = stored(s).distinguishedName();
                    return stored != null && stored.toLowerCase(Locale.ROOT).contains(s.fresh.toLowerCase(Locale.ROOT));
                });
    }

    static Probe addPaymentTypes() {
        return new Probe(
                Target.ORGANIZATION,
                s -> soap(
                        s,
                        "addAvailablePaymentTypes",
                        param("supplier", vo("organizationId", s.targetOrg.orgId())) + param("types", "INVOICE")),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/organizations/" + s.targetOrg.orgId() + "/payment-types",
                        "application/json",
                        RestCall.json("paymentTypes", new String[] {"INVOICE"})),
                (s, surface, a) -> {
                    String types = stored(s).paymentTypes();
                    return types != null && types.contains("INVOICE");
                });
    }

    /** Reading only: nothing to look for besides the answer. */
    static Probe exportAuditLog() {
        return new Probe(
                Target.NONE,
                s -> soap(s, "getUserOperationLog", param("fromDate", FROM) + param("toDate", TO)),
                s -> RestCall.call(s.caller, "GET", "/audit-log?from=" + FROM + "&to=" + TO, null, null),
                (s, surface, a) -> null);
    }

    private static String dn(Scene s) {
        return "CN=" + s.fresh + ",O=BSS System Tests,C=DE";
    }

    private static StoredOrg stored(Scene s) {
        return MatrixFixtures.storedOrg(s.targetOrg.orgId(), false);
    }

    private static Answer soap(Scene s, String operation, String children) {
        return SoapCall.call(OPERATOR, s.caller.login(), s.caller.password(), operation, children);
    }
}
