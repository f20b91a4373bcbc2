package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.catalog.Definitions.number;
import static org.bss.catalog.Definitions.password;
import static org.bss.catalog.Definitions.technicalService;

import java.time.Instant;
import java.util.List;
import org.bss.audit.AuditPairs;
import org.junit.jupiter.api.Test;

class ServiceAuditTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MarketableService service = new MarketableService(
            2L,
            new TechnicalService(
                    1L,
                    technicalService("Video 1.0", number("MAX_USERS", true, true, "10", 1, 500), password("ADMIN_PWD")),
                    NOW),
            new NewService(1L, "video-pro", new ServiceTexts("en", "Video Pro", "Meetings", null), true, List.of()),
            NOW);

    @Test
    void defineNamesTheTechnicalServiceAndWhichTextsWereGiven() {
        String text = ServiceAudit.definition(service, service.texts("en").orElseThrow(), true)
                .text();

        assertThat(text)
                .isEqualTo("serviceId=video-pro|serviceName=Video Pro|technServiceName=Video 1.0|shortDescription=YES"
                        + "|description=NO|locale=en|autoAssignUser=YES");
    }

    @Test
    void oneEntryPerChangedParameterAndNoPasswordValue() {
        List<ParameterSetting> before = service.parameters();
        List<ParameterSetting> after = List.of(
                new ParameterSetting("MAX_USERS", "10", false), new ParameterSetting("ADMIN_PWD", "s3cret", false));

        List<String> entries = ServiceAudit.parameters(service, "en", before, after).stream()
                .map(AuditPairs::text)
                .toList();

        assertThat(entries)
                .containsExactly("serviceId=video-pro|serviceName=Video Pro|parameterName=ADMIN_PWD|userOption=OFF"
                        + "|parameterValue=" + ServiceAudit.MASK);
    }
}
