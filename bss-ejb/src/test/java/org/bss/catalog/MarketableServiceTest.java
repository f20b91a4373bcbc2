package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bss.catalog.Definitions.enumeration;
import static org.bss.catalog.Definitions.number;
import static org.bss.catalog.Definitions.technicalService;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class MarketableServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final TechnicalService technical = new TechnicalService(
            1L,
            technicalService(
                    "Video 1.0",
                    number("MAX_USERS", true, true, "10", 1, 500),
                    enumeration("QUALITY", "HD", "HD", "SD")),
            NOW);

    private final MarketableService service = new MarketableService(
            2L,
            technical,
            new NewService(
                    1L,
                    "video-pro",
                    new ServiceTexts("en", "Video Pro", "Meetings", null),
                    true,
                    List.of(new ParameterSetting("QUALITY", "SD", true))),
            NOW);

    @Test
    void aNewServiceIsInactiveWithItsTextsAndEveryParameter() {
        assertThat(service.getStatus()).isEqualTo(ServiceStatus.INACTIVE);
        assertThat(service.texts("en")).contains(new ServiceTexts("en", "Video Pro", "Meetings", null));
        assertThat(service.texts("de")).isEmpty();
        assertThat(service.parameters())
                .containsExactly(
                        new ParameterSetting("MAX_USERS", "10", false), new ParameterSetting("QUALITY", "SD", true));
    }

    @Test
    void localizingALocaleReplacesItsTextsAndEmptyTextsRemoveIt() {
        service.localize(new ServiceTexts("de", "Video Profi", null, null), NOW);
        service.localize(new ServiceTexts("en", null, null, null), NOW);

        assertThat(service.allTexts()).containsExactly(new ServiceTexts("de", "Video Profi", null, null));
    }

    @Test
    void aCopyIsInactiveWithTheSameTextsAndParametersUnderItsOwnId() throws ReflectiveOperationException {
        setStatus(service, ServiceStatus.ACTIVE);

        MarketableService copy = service.copy("video-pro-2", NOW);

        assertThat(copy.getServiceId()).isEqualTo("video-pro-2");
        assertThat(copy.getStatus()).isEqualTo(ServiceStatus.INACTIVE);
        assertThat(copy.allTexts()).isEqualTo(service.allTexts());
        assertThat(copy.parameters()).isEqualTo(service.parameters());
        assertThat(copy.isAutoAssignUser()).isTrue();
    }

    @Test
    void onlyAnInactiveServiceChanges() throws ReflectiveOperationException {
        setStatus(service, ServiceStatus.ACTIVE);

        ServiceStateException e = catchThrowableOfType(
                ServiceStateException.class,
                () -> service.change(
                        new ServiceChange("video-pro", new ServiceTexts("en", "New", null, null), false, List.of()),
                        NOW));

        assertThat(e.messageKey()).isEqualTo("catalog.service.notInactive");
        assertThat(service.texts("en").orElseThrow().name()).isEqualTo("Video Pro");
    }

    @Test
    void aReimportKeepsTheSettingsAndGivesNewParametersTheirDefault() {
        service.adopt(technicalService(
                "Video 1.0",
                number("MAX_USERS", true, true, "10", 1, 500),
                enumeration("QUALITY", "HD", "HD", "SD", "4K"),
                number("ROOMS", true, false, "2", 1, 9)));

        assertThat(service.parameters())
                .containsExactly(
                        new ParameterSetting("MAX_USERS", "10", false),
                        new ParameterSetting("QUALITY", "SD", true),
                        new ParameterSetting("ROOMS", "2", false));
    }

    @Test
    void aReimportThatRemovesAParameterOrAnOptionInUseIsRefusedWithTheReason() {
        ValidationException removed = catchThrowableOfType(
                ValidationException.class,
                () -> service.adopt(technicalService("Video 1.0", number("MAX_USERS", true, true, "10", 1, 500))));
        assertThat(removed.messageKey()).isEqualTo("catalog.ts.parameterInUse");
        assertThat(removed.getMessage()).contains("QUALITY", "video-pro");

        ValidationException option = catchThrowableOfType(
                ValidationException.class,
                () -> service.adopt(technicalService(
                        "Video 1.0",
                        number("MAX_USERS", true, true, "10", 1, 500),
                        enumeration("QUALITY", "HD", "HD"))));
        assertThat(option.messageKey()).isEqualTo("catalog.ts.settingBroken");
        assertThat(option.getMessage()).contains("QUALITY", "video-pro", "SD");
    }

    @Test
    void aServiceOnSaleBlocksAReimport() throws ReflectiveOperationException {
        setStatus(service, ServiceStatus.SUSPENDED);

        assertThat(catchThrowableOfType(ServiceStateException.class, () -> service.adopt(technical.definition()))
                        .messageKey())
                .isEqualTo("catalog.ts.serviceNotInactive");
    }

    // no status change exists before activation is built (marketplaces); the entity's rule is tested as it will be
    private static void setStatus(MarketableService s, ServiceStatus status) throws ReflectiveOperationException {
        Field field = MarketableService.class.getDeclaredField("status");
        field.setAccessible(true);
        field.set(s, status);
    }
}
