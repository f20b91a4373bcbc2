package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;
import static org.bss.system.matrix.SoapCall.vo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.bss.system.matrix.MatrixFixtures.Org;
import org.bss.system.matrix.Scene.Target;
import org.bss.system.support.TestDatabase;

/**
 * A supplier's customer operations (App. G.2, service managers of suppliers): register and list customers, set VAT,
 * grant a discount; REST /customers, /vat, /customers/{id}/discount and SOAP AccountService, VatService. Organization
 * A (a SUPPLIER) owns an open marketplace of the run for the registrations; a discount goes to a fresh customer of A.
 */
final class CustomerProbes {

    private CustomerProbes() {}

    static Probe register() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call(
                        "AccountService",
                        s.caller.login(),
                        s.caller.password(),
                        "registerKnownCustomer",
                        param("organization", vo("name", s.fresh))
                                + param(
                                        "user",
                                        vo("userId", s.fresh + "-admin")
                                                + vo("EMail", UserProbes.email(s.fresh + "-admin"))
                                                + vo("salutation", "MR"))
                                + param("marketplaceId", marketplace(s))),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/customers",
                        "application/json",
                        RestCall.json(
                                "name",
                                s.fresh,
                                "marketplaceId",
                                marketplace(s),
                                "administrator",
                                RestCall.object(
                                        "userId",
                                        s.fresh + "-admin",
                                        "email",
                                        UserProbes.email(s.fresh + "-admin"),
                                        "salutation",
                                        "MR"))),
                (s, surface, a) -> MatrixFixtures.storedOrg(s.fresh, true) != null);
    }

    static Probe list() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call("AccountService", s.caller.login(), s.caller.password(), "getMyCustomers", ""),
                s -> RestCall.call(s.caller, "GET", "/customers", null, null),
                (s, surface, a) -> null);
    }

    /** A default VAT rate that only this call sets, so that an earlier allowed call does not count. */
    static Probe saveVat() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call(
                        "VatService",
                        s.caller.login(),
                        s.caller.password(),
                        "saveDefaultVat",
                        param("defaultVat", vo("rate", rate(s).toPlainString()))),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/vat",
                        "application/json",
                        "{\"enabled\":true,\"defaultRate\":" + rate(s).toPlainString() + "}"),
                (s, surface, a) -> rate(s).compareTo(storedDefaultRate(s.cast.a())) == 0);
    }

    static Probe grantDiscount() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call(
                        "AccountService",
                        s.caller.login(),
                        s.caller.password(),
                        "updateCustomerDiscount",
                        param(
                                "organization",
                                "<tns:discount>" + vo("startTime", "1767225600000") + vo("value", "10")
                                        + "</tns:discount>" + vo("organizationId", customer(s)))),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/customers/" + customer(s) + "/discount",
                        "application/json",
                        "{\"percent\":10,\"begin\":\"2026-01-01T00:00:00Z\"}"),
                (s, surface, a) -> discounted(s));
    }

    /** The payment types the operator made available to the seller (none for A: an empty answer when allowed). */
    static Probe availablePaymentTypes() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call(
                        "AccountService",
                        s.caller.login(),
                        s.caller.password(),
                        "getAvailablePaymentTypesForOrganization",
                        ""),
                s -> RestCall.call(s.caller, "GET", "/customers/available-payment-types", null, null),
                (s, surface, a) -> null);
    }

    /**
     * Saves the payment types for new customers: none, as A has none available, so the call leaves nothing that an
     * earlier allowed call would not have left too (no effect to look for; refused is the fault or 403).
     */
    static Probe savePaymentConfiguration() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call(
                        "AccountService", s.caller.login(), s.caller.password(), "savePaymentConfiguration", ""),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/customers/default-payment-types",
                        "application/json",
                        "{\"paymentTypes\":[]}"),
                (s, surface, a) -> null);
    }

    /** The run's open marketplace of organization A (made once). */
    private static synchronized String marketplace(Scene s) {
        String id = s.cast.fixtures().tag() + "-mp";
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("select count(*) from marketplace where marketplace_id = ?")) {
                q.setString(1, id);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return null;
                    }
                }
            }
            try (PreparedStatement i = c.prepareStatement("insert into marketplace (marketplace_key, marketplace_id,"
                    + " name, org_key, is_open, tagging_enabled, review_enabled, categories_enabled,"
                    + " marketplace_revenue_share, reseller_revenue_share, broker_revenue_share, version, created_at,"
                    + " updated_at) values (nextval('marketplace_seq'), ?, ?, ?, true, true, true, true, 0, 0, 0, 1,"
                    + " current_timestamp, current_timestamp)")) {
                i.setString(1, id);
                i.setString(2, id);
                i.setLong(3, s.cast.a().key());
                i.executeUpdate();
            }
            return null;
        });
        return id;
    }

    /** A fresh customer of A for this scene (made on first use), named after the scene. */
    static String customer(Scene s) {
        String name = s.fresh + "-customer";
        MatrixFixtures.StoredOrg stored = MatrixFixtures.storedOrg(name, true);
        if (stored != null) {
            return stored.orgId();
        }
        Org customer = s.cast.fixtures().organization("customer");
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement i = c.prepareStatement("insert into supplier_customer (supplier_key, customer_key,"
                    + " created_at, version) values (?, ?, current_timestamp, 1)")) {
                i.setLong(1, s.cast.a().key());
                i.setLong(2, customer.key());
                i.executeUpdate();
            }
            try (PreparedStatement u = c.prepareStatement("update organization set name = ? where org_key = ?")) {
                u.setString(1, name);
                u.setLong(2, customer.key());
                u.executeUpdate();
            }
            return null;
        });
        return customer.orgId();
    }

    private static boolean discounted(Scene s) {
        String customerId = customer(s);
        return TestDatabase.with(c -> {
            try (PreparedStatement q = c.prepareStatement("select count(*) from customer_discount d join organization o"
                    + " on o.org_key = d.customer_key where o.org_id = ?")) {
                q.setString(1, customerId);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** 0.01 to 99.99, two decimals, different for each scene. */
    private static BigDecimal rate(Scene s) {
        int cents = Math.floorMod(s.fresh.hashCode(), 9999) + 1;
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal storedDefaultRate(Org org) {
        return TestDatabase.with(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("select default_rate from vat_setting where supplier_key = ?")) {
                q.setLong(1, org.key());
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? r.getBigDecimal(1) : BigDecimal.valueOf(-1);
                }
            }
        });
    }
}
