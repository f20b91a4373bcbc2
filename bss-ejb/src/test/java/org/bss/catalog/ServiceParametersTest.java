package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bss.catalog.Definitions.enumeration;
import static org.bss.catalog.Definitions.number;
import static org.bss.catalog.Definitions.technicalService;

import java.util.List;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class ServiceParametersTest {

    private final TechnicalServiceDefinition definition = technicalService(
            "Video 1.0",
            number("MAX_USERS", true, true, "10", 1, 500),
            number("STORAGE_GB", false, false, "5", 1, 100),
            enumeration("QUALITY", "HD", "HD", "SD"));

    @Test
    void everyParameterGetsASettingAndThoseLeftOutKeepTheirDefaultFixed() {
        List<ParameterSetting> settled =
                ServiceParameters.settle(definition, List.of(new ParameterSetting("MAX_USERS", "50", true)));

        assertThat(settled)
                .containsExactly(
                        new ParameterSetting("MAX_USERS", "50", true),
                        new ParameterSetting("STORAGE_GB", "5", false),
                        new ParameterSetting("QUALITY", "HD", false));
    }

    @Test
    void aValueOutsideTheRangeNamesTheRange() {
        ValidationException e = refused(new ParameterSetting("MAX_USERS", "501", false));

        assertThat(e.messageKey()).isEqualTo("catalog.service.parameterOutOfRange");
        assertThat(e.getMessage()).contains("MAX_USERS", "501", "1 – 500");
    }

    @Test
    void aValueOfAnotherTypeOrNoOptionIsRefused() {
        assertThat(refused(new ParameterSetting("MAX_USERS", "ten", false)).messageKey())
                .isEqualTo("catalog.service.parameterNotOfType");
        assertThat(refused(new ParameterSetting("QUALITY", "4K", false)).messageKey())
                .isEqualTo("catalog.service.parameterNoOption");
    }

    @Test
    void aParameterTheTechnicalServiceFixesCannotBeChangedNorLeftToCustomers() {
        assertThat(refused(new ParameterSetting("STORAGE_GB", "6", false)).messageKey())
                .isEqualTo("catalog.service.parameterNotConfigurable");
        assertThat(refused(new ParameterSetting("STORAGE_GB", "5", true)).messageKey())
                .isEqualTo("catalog.service.parameterNotConfigurable");
        assertThat(ServiceParameters.settle(definition, List.of(new ParameterSetting("STORAGE_GB", "5", false))))
                .contains(new ParameterSetting("STORAGE_GB", "5", false));
    }

    @Test
    void aMandatoryParameterNeedsAValueUnlessCustomersSetIt() {
        assertThat(refused(new ParameterSetting("MAX_USERS", null, false)).messageKey())
                .isEqualTo("catalog.service.parameterRequired");
        assertThat(ServiceParameters.settle(definition, List.of(new ParameterSetting("MAX_USERS", "", true))))
                .contains(new ParameterSetting("MAX_USERS", null, true));
    }

    @Test
    void unknownRepeatedAndOverlongParametersAreRefused() {
        assertThat(refused(new ParameterSetting("COLOR", "red", false)).messageKey())
                .isEqualTo("catalog.service.unknownParameter");
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> ServiceParameters.settle(
                                        definition,
                                        List.of(
                                                new ParameterSetting("QUALITY", "SD", false),
                                                new ParameterSetting("QUALITY", "HD", false))))
                        .messageKey())
                .isEqualTo("catalog.service.parameterTwice");
        TechnicalServiceDefinition text = technicalService("T", Definitions.password("SECRET"));
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> ServiceParameters.settle(
                                        text, List.of(new ParameterSetting("SECRET", "x".repeat(256), false))))
                        .messageKey())
                .isEqualTo("catalog.service.parameterTooLong");
    }

    private ValidationException refused(ParameterSetting setting) {
        return catchThrowableOfType(
                ValidationException.class, () -> ServiceParameters.settle(definition, List.of(setting)));
    }
}
