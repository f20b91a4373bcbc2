package org.bss.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuditLineTest {

    @Test
    void formatsTheExportLineOfAud4() {
        Instant t = Instant.parse("2026-03-04T05:06:07.089Z");
        assertThat(AuditLine.format(
                        t, ZoneOffset.UTC, 30090, "Define service", "userId=a|orgId=O|orgName=N|serviceId=s"))
                .isEqualTo(
                        "03/04/2026_05:06:07.089,FSP_INTS-BSS,INFO,30090,Define service,userId=a|orgId=O|orgName=N|serviceId=s");
    }

    @Test
    void timeIsInThePlatformZone() {
        Instant t = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(AuditLine.format(t, ZoneId.of("Asia/Tokyo"), 30000, "Subscribe to service", "userId=u"))
                .startsWith("01/01/2027_08:30:00.000,FSP_INTS-BSS,INFO,30000,Subscribe to service,");
    }

    @Test
    void theAuditLogFileLineCarriesIdNameAndPairs() {
        assertThat(AuditLogFile.message(AuditOperation.LOCK_USER, 7, "userId=a|orgId=O|orgName=N|user=b"))
                .isEqualTo("39014: [Thread-7] Lock user,userId=a|orgId=O|orgName=N|user=b");
    }
}
