package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;
import static org.bss.system.matrix.SoapCall.vo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.bss.system.matrix.AuthorizationMatrix.Caller;
import org.bss.system.matrix.Scene.Target;
import org.bss.system.support.TestDatabase;

/**
 * Customer price models (App. G.6, service managers of suppliers): REST
 * /services/{key}/customers/{customerId}/price-model and /customer-price-models, SOAP savePriceModelForCustomer,
 * getServiceForCustomer, getServicesForCustomer, getAllCustomerSpecificServices and deleteService of a
 * customer-specific service. Each scene's service of A (on the scene's technical service, with a price model) and its
 * customer of A are made by A's service manager before the call.
 */
final class CustomerPriceModelProbes {

    private static final String TERMS =
            "{\"type\":\"PRO_RATA\",\"currency\":\"EUR\",\"period\":\"MONTH\",\"pricePerPeriod\":%s}";

    private CustomerPriceModelProbes() {}

    static Probe save() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> soap(
                        s,
                        "savePriceModelForCustomer",
                        param("service", vo("key", Long.toString(service(s))) + vo("version", "0"))
                                + param(
                                        "priceModel",
                                        vo("currencyISOCode", "EUR")
                                                + vo("freePeriod", "0")
                                                + vo("period", "MONTH")
                                                + vo("pricePerPeriod", "9")
                                                + vo("type", "PRO_RATA"))
                                + customerParam(s)),
                s -> RestCall.call(s.caller, "PUT", path(s), "application/json", TERMS.formatted("9")),
                (s, surface, a) -> copies(s) > 0);
    }

    static Probe read() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> soap(
                        s,
                        "getServiceForCustomer",
                        customerParam(s) + param("service", vo("key", Long.toString(priced(s))) + vo("version", "0"))),
                s -> {
                    priced(s);
                    return RestCall.call(s.caller, "GET", path(s), null, null);
                },
                (s, surface, a) -> null);
    }

    static Probe listOfCustomer() {
        return new Probe(
                Target.NONE,
                s -> soap(s, "getServicesForCustomer", customerParam(s)),
                s -> RestCall.call(
                        s.caller, "GET", "/customer-price-models?customerId=" + CustomerProbes.customer(s), null, null),
                (s, surface, a) -> null);
    }

    static Probe listAll() {
        return new Probe(
                Target.NONE,
                s -> soap(s, "getAllCustomerSpecificServices", ""),
                s -> RestCall.call(s.caller, "GET", "/customer-price-models", null, null),
                (s, surface, a) -> null);
    }

    static Probe delete() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> {
                    JsonObject copy = copyOf(s);
                    return soap(
                            s,
                            "deleteService",
                            param(
                                    "service",
                                    vo("key", copy.get("key").toString())
                                            + vo("version", copy.get("version").toString())));
                },
                s -> {
                    priced(s);
                    return RestCall.call(s.caller, "DELETE", path(s), null, null);
                },
                (s, surface, a) -> copies(s) == 0);
    }

    /** The scene's service of A with a customer price model; the key of the service. */
    private static long priced(Scene s) {
        long key = service(s);
        Answer a = RestCall.call(manager(s), "PUT", path(s, key), "application/json", TERMS.formatted("8"));
        if (a.outcome() != AuthorizationMatrix.Expect.ALLOWED) {
            throw new IllegalStateException("customer price model not set up: " + a);
        }
        return key;
    }

    /** The customer-specific service of the scene's customer price model (its key and version). */
    private static JsonObject copyOf(Scene s) {
        priced(s);
        Answer a = RestCall.call(manager(s), "GET", path(s), null, null);
        return json(a).getJsonObject("service");
    }

    /** The scene's service of A (made on first use) on its technical service, with a price model. */
    private static synchronized long service(Scene s) {
        String serviceId = s.fresh + "-svc";
        Long existing = TestDatabase.with(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "select service_key from service where service_id = ? and template_key is null")) {
                q.setString(1, serviceId);
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? r.getLong(1) : null;
                }
            }
        });
        if (existing != null) {
            return existing;
        }
        Answer created = RestCall.call(
                manager(s),
                "POST",
                "/services",
                "application/json",
                "{\"technicalServiceKey\":" + s.technicalService.key() + ",\"serviceId\":\"" + serviceId
                        + "\",\"texts\":{\"locale\":\"en\",\"name\":\"Matrix\"}}");
        long key = json(created).getJsonNumber("key").longValue();
        RestCall.call(
                manager(s), "PUT", "/services/" + key + "/price-model", "application/json", TERMS.formatted("10"));
        return key;
    }

    private static long copies(Scene s) {
        long key = service(s);
        return TestDatabase.with(c -> {
            try (PreparedStatement q = c.prepareStatement("select count(*) from service where template_key = ?")) {
                q.setLong(1, key);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static String path(Scene s) {
        return path(s, service(s));
    }

    private static String path(Scene s, long key) {
        return "/services/" + key + "/customers/" + CustomerProbes.customer(s) + "/price-model";
    }

    private static String customerParam(Scene s) {
        return param("customer", vo("organizationId", CustomerProbes.customer(s)));
    }

    private static MatrixFixtures.Member manager(Scene s) {
        return s.cast.members().get(Caller.SERVICE_MANAGER);
    }

    private static JsonObject json(Answer a) {
        if (a.outcome() != AuthorizationMatrix.Expect.ALLOWED) {
            throw new IllegalStateException("set-up call failed: " + a);
        }
        return Json.createReader(new StringReader(a.body())).readObject();
    }

    private static Answer soap(Scene s, String operation, String children) {
        return SoapCall.call(
                TechnicalServiceProbes.SERVICE, s.caller.login(), s.caller.password(), operation, children);
    }
}
