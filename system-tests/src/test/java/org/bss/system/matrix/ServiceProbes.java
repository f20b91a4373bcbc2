package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;
import static org.bss.system.matrix.SoapCall.vo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.bss.system.matrix.Scene.Target;
import org.bss.system.support.TestDatabase;

/**
 * The service operations of suppliers (App. G.3, service managers): REST /services and SOAP ServiceProvisioningService
 * (createService, getSuppliedServices, setCompatibleServices). Defining uses a technical service of organization A, which is itself a
 * supplier.
 */
final class ServiceProbes {

    private ServiceProbes() {}

    static Probe define() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> soap(
                        s,
                        "createService",
                        param(
                                        "technicalService",
                                        vo("key", Long.toString(s.technicalService.key())) + vo("version", "0"))
                                + param("service", vo("name", "Matrix") + vo("serviceId", s.fresh))),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/services",
                        "application/json",
                        "{\"technicalServiceKey\":" + s.technicalService.key() + ",\"serviceId\":\"" + s.fresh
                                + "\",\"texts\":{\"locale\":\"en\",\"name\":\"Matrix\"}}"),
                (s, surface, a) -> serviceExists(s.fresh));
    }

    static Probe list() {
        return new Probe(
                Target.NONE,
                s -> soap(s, "getSuppliedServices", ""),
                s -> RestCall.call(s.caller, "GET", "/services", null, null),
                (s, surface, a) -> null);
    }

    static Probe defineUpgradeOptions() {
        return new Probe(
                Target.SERVICES,
                s -> soap(
                        s,
                        "setCompatibleServices",
                        param("service", vo("key", Long.toString(s.services.service())) + vo("version", "0"))
                                + param(
                                        "compatibleServices",
                                        vo("key", Long.toString(s.services.option())) + vo("version", "0"))),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/services/" + s.services.service() + "/upgrade-options",
                        "application/json",
                        "{\"serviceKeys\":[" + s.services.option() + "]}"),
                (s, surface, a) -> MatrixFixtures.upgradePathExists(s.services));
    }

    private static Answer soap(Scene s, String operation, String children) {
        return SoapCall.call(
                TechnicalServiceProbes.SERVICE, s.caller.login(), s.caller.password(), operation, children);
    }

    private static boolean serviceExists(String serviceId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from service where service_id = ?")) {
                s.setString(1, serviceId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }
}
