package org.bss.ws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.bss.catalog.EventDefinition;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.OperationDefinition;
import org.bss.catalog.ParameterDefinition;
import org.bss.catalog.RoleDefinition;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.bss.catalog.TechnicalServiceDefinition.Provisioning;
import org.bss.catalog.TechnicalServiceDefinition.Texts;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.ws.vo.EventType;
import org.bss.ws.vo.OperationParameterType;
import org.bss.ws.vo.ParameterModificationType;
import org.bss.ws.vo.ParameterType;
import org.bss.ws.vo.ParameterValueType;
import org.bss.ws.vo.ServiceAccessType;
import org.bss.ws.vo.VOEventDefinition;
import org.bss.ws.vo.VOParameterDefinition;
import org.bss.ws.vo.VOParameterOption;
import org.bss.ws.vo.VORoleDefinition;
import org.bss.ws.vo.VOServiceOperationParameter;
import org.bss.ws.vo.VOTechnicalService;
import org.bss.ws.vo.VOTechnicalServiceOperation;
import org.junit.jupiter.api.Test;

/** Every element of VOTechnicalService and the VOs in it, from a definition with texts in English and German. */
class TechnicalServiceMapperTest {

    private static final Locale GERMAN = Locale.GERMAN;

    private static List<LocalizedText> texts(String english, String german) {
        return List.of(new LocalizedText("en", english), new LocalizedText("de", german));
    }

    static TechnicalServiceDetails stored(String billingIdentifier) {
        ParameterDefinition plan = new ParameterDefinition(
                "PLAN",
                true,
                true,
                "S",
                null,
                null,
                ParameterDefinition.ValueType.ENUMERATION,
                ParameterDefinition.ModificationType.ONE_TIME,
                List.of(new ParameterDefinition.Option("S", texts("Small", "Klein"))),
                texts("Plan", "Tarif"));
        ParameterDefinition disk = new ParameterDefinition(
                "DISK", null, null, null, 1L, 500L, ParameterDefinition.ValueType.LONG, null, List.of(), List.of());
        OperationDefinition restart = new OperationDefinition(
                "RESTART",
                "http://app.example/ops",
                texts("Restart", "Neustart"),
                texts("Restarts the server", "Startet den Server neu"),
                List.of(new OperationDefinition.Parameter(
                        "HOST", OperationDefinition.ParameterType.REQUEST_SELECT, true, texts("Host", "Rechner"))));
        TechnicalServiceDefinition definition = new TechnicalServiceDefinition(
                "Video 1.0",
                "build-7",
                AccessType.LOGIN,
                new Provisioning("SYNCHRONOUS", "http://app.example/prov?wsdl", "1.0", 600L, "prov", "secret"),
                "http://app.example",
                "/login",
                false,
                true,
                billingIdentifier,
                new Texts(
                        texts("Log in at the portal", "Anmelden im Portal"),
                        texts("Video conferences", "Videokonferenzen"),
                        texts("License text", "Lizenztext"),
                        List.of(
                                new LocalizedText("en", "video"),
                                new LocalizedText("de", "Video"),
                                new LocalizedText("de", "Konferenz"))),
                List.of(plan, disk),
                List.of(new EventDefinition("MINUTES", texts("Minutes", "Minuten"))),
                List.of(new RoleDefinition(
                        "ADMIN", texts("Administrator", "Verwalter"), texts("All rights", "Alle Rechte"))),
                List.of(restart));
        return new TechnicalServiceDetails(10042, 3, definition);
    }

    @Test
    void theTechnicalServiceInTheCallersLanguage() {
        VOTechnicalService vo = TechnicalServiceMapper.toVO(stored(null), GERMAN);

        assertThat(vo.getKey()).isEqualTo(10042);
        assertThat(vo.getVersion()).isEqualTo(3);
        assertThat(vo.getAccessInfo()).isEqualTo("Anmelden im Portal");
        assertThat(vo.getAccessType()).isEqualTo(ServiceAccessType.LOGIN);
        assertThat(vo.getBaseUrl()).isEqualTo("http://app.example");
        assertThat(vo.getBillingId()).isNull();
        assertThat(vo.isExternalBilling()).isFalse();
        assertThat(vo.getLicense()).isEqualTo("Lizenztext");
        assertThat(vo.getLoginPath()).isEqualTo("/login");
        assertThat(vo.getProvisioningUrl()).isEqualTo("http://app.example/prov?wsdl");
        assertThat(vo.getProvisioningVersion()).isEqualTo("1.0");
        assertThat(vo.getTags()).containsExactly("Video", "Konferenz");
        assertThat(vo.getTechnicalServiceBuildId()).isEqualTo("build-7");
        assertThat(vo.getTechnicalServiceDescription()).isEqualTo("Videokonferenzen");
        assertThat(vo.getTechnicalServiceId()).isEqualTo("Video 1.0");
        assertThat(vo.getParameterDefinitions()).hasSize(2);
        assertThat(vo.getEventDefinitions()).hasSize(1);
        assertThat(vo.getRoleDefinitions()).hasSize(1);
        assertThat(vo.getTechnicalServiceOperations()).hasSize(1);
    }

    @Test
    void aBillingIdentifierOtherThanNativeBillingIsExternalBilling() {
        assertThat(TechnicalServiceMapper.toVO(stored("NATIVE_BILLING"), GERMAN))
                .satisfies(vo -> assertThat(vo.getBillingId()).isEqualTo("NATIVE_BILLING"))
                .satisfies(vo -> assertThat(vo.isExternalBilling()).isFalse());
        assertThat(TechnicalServiceMapper.toVO(stored("billing-adapter-1"), GERMAN))
                .satisfies(vo -> assertThat(vo.getBillingId()).isEqualTo("billing-adapter-1"))
                .satisfies(vo -> assertThat(vo.isExternalBilling()).isTrue());
    }

    @Test
    void parametersWithTheirOptions() {
        List<VOParameterDefinition> parameters =
                TechnicalServiceMapper.toVO(stored(null), GERMAN).getParameterDefinitions();

        VOParameterDefinition plan = parameters.get(0);
        assertThat(plan.getKey()).isZero();
        assertThat(plan.getVersion()).isZero();
        assertThat(plan.isConfigurable()).isTrue();
        assertThat(plan.getDefaultValue()).isEqualTo("S");
        assertThat(plan.getDescription()).isEqualTo("Tarif");
        assertThat(plan.isMandatory()).isTrue();
        assertThat(plan.getMaxValue()).isNull();
        assertThat(plan.getMinValue()).isNull();
        assertThat(plan.getModificationType()).isEqualTo(ParameterModificationType.ONE_TIME);
        assertThat(plan.getParameterId()).isEqualTo("PLAN");
        assertThat(plan.getParameterType()).isEqualTo(ParameterType.SERVICE_PARAMETER);
        assertThat(plan.getValueType()).isEqualTo(ParameterValueType.ENUMERATION);
        VOParameterOption small = plan.getParameterOptions().get(0);
        assertThat(small.getOptionId()).isEqualTo("S");
        assertThat(small.getOptionDescription()).isEqualTo("Klein");
        assertThat(small.getParamDefId()).isEqualTo("PLAN");
        assertThat(small.getKey()).isZero();

        VOParameterDefinition disk = parameters.get(1);
        assertThat(disk.isConfigurable()).as("left out: false").isFalse();
        assertThat(disk.isMandatory()).as("left out: false").isFalse();
        assertThat(disk.getDefaultValue()).isNull();
        assertThat(disk.getDescription()).isNull();
        assertThat(disk.getMinValue()).isEqualTo(1L);
        assertThat(disk.getMaxValue()).isEqualTo(500L);
        assertThat(disk.getModificationType()).as("the format's default").isEqualTo(ParameterModificationType.STANDARD);
        assertThat(disk.getValueType()).isEqualTo(ParameterValueType.LONG);
        assertThat(disk.getParameterOptions()).isEmpty();
    }

    @Test
    void eventsRolesAndOperations() {
        VOTechnicalService vo = TechnicalServiceMapper.toVO(stored(null), GERMAN);

        VOEventDefinition minutes = vo.getEventDefinitions().get(0);
        assertThat(minutes.getEventId()).isEqualTo("MINUTES");
        assertThat(minutes.getEventDescription()).isEqualTo("Minuten");
        assertThat(minutes.getEventType()).isEqualTo(EventType.SERVICE_EVENT);
        assertThat(minutes.getKey()).isZero();

        VORoleDefinition admin = vo.getRoleDefinitions().get(0);
        assertThat(admin.getRoleId()).isEqualTo("ADMIN");
        assertThat(admin.getName()).isEqualTo("Verwalter");
        assertThat(admin.getDescription()).isEqualTo("Alle Rechte");

        VOTechnicalServiceOperation restart = vo.getTechnicalServiceOperations().get(0);
        assertThat(restart.getOperationId()).isEqualTo("RESTART");
        assertThat(restart.getOperationName()).isEqualTo("Neustart");
        assertThat(restart.getOperationDescription()).isEqualTo("Startet den Server neu");
        VOServiceOperationParameter host = restart.getOperationParameters().get(0);
        assertThat(host.getParameterId()).isEqualTo("HOST");
        assertThat(host.getParameterName()).isEqualTo("Rechner");
        assertThat(host.isMandatory()).isTrue();
        assertThat(host.getType()).isEqualTo(OperationParameterType.REQUEST_SELECT);
        assertThat(host.getParameterValue()).isNull();
    }

    @Test
    void aLanguageWithoutTextsFallsBackToEnglish() {
        VOTechnicalService vo = TechnicalServiceMapper.toVO(stored(null), Locale.JAPANESE);

        assertThat(vo.getTechnicalServiceDescription()).isEqualTo("Video conferences");
        assertThat(vo.getTags()).containsExactly("video");
        assertThat(vo.getRoleDefinitions().get(0).getName()).isEqualTo("Administrator");
    }
}
