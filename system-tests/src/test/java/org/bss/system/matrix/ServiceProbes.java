package org.bss.system.matrix;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.bss.system.matrix.Scene.Target;
import org.bss.system.support.TestDatabase;

/**
 * The service operations of suppliers (App. G.3, service managers): REST /services (SOAP's come later). Defining
 * uses a technical service of organization A, which is itself a supplier.
 */
final class ServiceProbes {

    private ServiceProbes() {}

    static Probe define() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                null,
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
                null,
                s -> RestCall.call(s.caller, "GET", "/services", null, null),
                (s, surface, a) -> null);
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
