package org.bss.timer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.time.Duration;
import javax.sql.DataSource;
import org.bss.common.security.Roles;
import org.bss.it.Await;
import org.bss.it.Fixtures;
import org.bss.it.RestClient;
import org.bss.it.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The unconfirmed-organization timer (ORG-7, TMR-1/2) on the real heartbeat: it runs but spares a new
 * organization, and deletes it, audited, once the test clock has moved past the permitted period.
 */
@ExtendWith(ArquillianExtension.class)
class UnconfirmedOrganizationTimerIT {

    private static final String PASSWORD = "Operator#4711";
    private static final Duration HEARTBEAT_WAIT = Duration.ofSeconds(90);

    @Deployment
    static WebArchive deployment() {
        return TestArchives.forTest(UnconfirmedOrganizationTimerIT.class).addClass(RestClient.class);
    }

    @Resource(lookup = "BSSDS")
    private DataSource dataSource;

    private Fixtures db;
    private long operatorKey;
    private long orgKey;
    private String operatorId;
    private RestClient operator;
    private String previousInterval;
    private String previousAudit;
    private String orgId;

    @BeforeEach
    void setUp() throws Exception {
        db = new Fixtures(dataSource);
        operatorId = Fixtures.uniqueId("it-timer-op");
        operatorKey = db.createUser(operatorId, PASSWORD, Roles.PLATFORM_OPERATOR);
        orgId = Fixtures.uniqueId("it-unconfirmed");
        orgKey = db.createUnconfirmedOrganization(orgId, Fixtures.uniqueId("it-unconfirmed-admin"));
        operator = new RestClient().logIn(operatorId, PASSWORD);
        previousInterval = operator.setting("TIMER_INTERVAL_ORGANIZATION");
        previousAudit = operator.setting("AUDIT_LOG_ENABLED");
        operator.putSetting("AUDIT_LOG_ENABLED", "true");
        operator.putSetting("BSS_TEST_CLOCK_ENABLED", "true");
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            operator = new RestClient().logIn(operatorId, PASSWORD); // the moved clock expired the first token
            operator.resetClock();
            operator.putSetting("TIMER_INTERVAL_ORGANIZATION", previousInterval);
            operator.putSetting("AUDIT_LOG_ENABLED", previousAudit);
            operator.putSetting("BSS_TEST_CLOCK_ENABLED", "false");
        } finally {
            db.deleteOrganization(orgKey);
            db.deleteUser(operatorKey);
        }
    }

    @Test
    void deletesTheOrganizationOnlyAfterTheClockPassedThePermittedPeriod() throws Exception {
        String lastRunBefore = lastRun();
        operator.putSetting("TIMER_INTERVAL_ORGANIZATION", "1000");
        String ranAt = Await.until(HEARTBEAT_WAIT, () -> {
            String lastRun = lastRun();
            return lastRun != null && !lastRun.equals(lastRunBefore) ? lastRun : null;
        });
        assertThat(ranAt).as("the heartbeat ran the organization timer").isNotNull();
        assertThat(db.organizationExists(orgKey))
                .as("a new organization is within its permitted period")
                .isTrue();

        operator.advanceClock(Duration.ofDays(8).toSeconds());

        Boolean deleted = Await.until(HEARTBEAT_WAIT, () -> db.organizationExists(orgKey) ? null : Boolean.TRUE);
        assertThat(deleted)
                .as("deleted once 8 days (> 7 d permitted) have passed on the test clock")
                .isTrue();
        assertThat(db.queryString("select count(*) from platform_user where org_key = ?", orgKey))
                .isEqualTo("0");
        assertThat(db.queryString(
                        "select pairs from audit_log where operation_id = 39005 and pairs like ?",
                        "%organizationId=" + orgId + "|%"))
                .as("the deletion is audited as the system")
                .startsWith("userId=SYSTEM|")
                .contains("|organizationName=" + orgId + "|deletedUsers=1");
    }

    private String lastRun() throws Exception {
        return db.queryString("select last_run_at from due_work where kind = 'ORGANIZATION'");
    }
}
