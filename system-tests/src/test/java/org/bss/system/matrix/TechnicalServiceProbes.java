package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;
import static org.bss.system.matrix.SoapCall.vo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bss.system.matrix.Scene.Target;

/**
 * The technical-service operations (technology managers of technology providers, App. G.7): SOAP
 * ServiceProvisioningService and the REST /technical-services endpoints. The target is a technical service of
 * organization A (a technology provider) whose provisioning URL is BSS's own health URL, so a permitted communication
 * check succeeds. Effects are read from the database or, for reads, from the answer.
 */
final class TechnicalServiceProbes {

    static final String SERVICE = "ServiceProvisioningService";

    private TechnicalServiceProbes() {}

    static Probe importFile() {
        return new Probe(
                Target.NONE,
                s -> soap(
                        s,
                        "importTechnicalServices",
                        param(
                                "xml",
                                Base64.getEncoder()
                                        .encodeToString(MatrixFixtures.technicalServicesFile(s.fresh, null)
                                                .getBytes(StandardCharsets.UTF_8)))),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/technical-services",
                        "application/xml",
                        MatrixFixtures.technicalServicesFile(s.fresh, null)),
                (s, surface, a) -> MatrixFixtures.technicalServiceExists(s.fresh));
    }

    static Probe list() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> soap(s, "getTechnicalServices", param("role", "TECHNOLOGY_PROVIDER")),
                s -> RestCall.call(s.caller, "GET", "/technical-services", null, null),
                (s, surface, a) -> a.bodyContains(s.technicalService.id()));
    }

    /** SOAP only: REST's export answers application/xml, which the matrix's REST client does not accept. */
    static Probe export() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> soap(s, "exportTechnicalServices", param("technicalServices", key(s))),
                null,
                (s, surface, a) -> returned(a).contains("id=\"" + s.technicalService.id() + "\""));
    }

    static Probe delete() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> soap(s, "deleteTechnicalService", param("technicalService", key(s))),
                s -> RestCall.call(s.caller, "DELETE", "/technical-services/" + s.technicalService.id(), null, null),
                (s, surface, a) -> !MatrixFixtures.technicalServiceExists(s.technicalService.id()));
    }

    static Probe validateCommunication() {
        return new Probe(
                Target.TECHNICAL_SERVICE,
                s -> soap(s, "validateTechnicalServiceCommunication", param("technicalService", key(s))),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/technical-services/" + s.technicalService.id() + "/communication-check",
                        null,
                        null),
                (s, surface, a) -> null);
    }

    /** The target as a VOTechnicalService: key and the version it was stored with. */
    private static String key(Scene s) {
        return vo("key", Long.toString(s.technicalService.key())) + vo("version", "0");
    }

    /** The decoded file of an export answer ({@code return} element), empty for any other answer. */
    private static String returned(Answer a) {
        if (a.body() == null || !a.body().contains("<return>")) {
            return "";
        }
        String base64 =
                a.body().substring(a.body().indexOf("<return>") + 8, a.body().indexOf("</return>"));
        return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static Answer soap(Scene s, String operation, String children) {
        return SoapCall.call(SERVICE, s.caller.login(), s.caller.password(), operation, children);
    }
}
