package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.OrganizationApi.assertProblem;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bss.system.portal.operator.OperatorSettings;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestTimers;
import org.bss.system.support.TestTimers.Due;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /timers and POST /timers/reinit (TMR-4): every timer as due_work stores it, disabled ones without an expiration;
 * re-initialising brings a schedule made stale behind BSS's back ({@link TestTimers}) in line; 403 for a user without
 * the operator role (nothing re-initialised), 401 without a token.
 */
class TimerResourceIT {

    private static TestUser operator;
    private static TestUser plainUser;

    private final RestClient rest = new RestClient();

    @BeforeAll
    static void users() {
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
    }

    @AfterAll
    static void deleteUsers() {
        TestUsers.delete(operator, plainUser);
    }

    private String token(TestUser user) {
        Answer a = rest.post("/auth/token", RestClient.json("userId", user.userId(), "password", user.password()));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json().getString("access_token");
    }

    /** The answer's timers compared with due_work: every kind, in BSS's order, with the stored schedule. */
    private static void assertAsStored(List<JsonObject> timers) {
        Map<String, Due> stored = TestTimers.stored();
        assertThat(timers)
                .extracting(t -> t.getString("kind"))
                .containsExactlyElementsOf(TestTimers.ORIGINAL_TYPE.keySet());
        for (JsonObject t : timers) {
            Due due = stored.get(t.getString("kind"));
            assertThat(t.getBoolean("enabled")).as(t.toString()).isEqualTo(due.enabled());
            assertThat(t.getJsonNumber("offsetMillis").longValue())
                    .as(t.toString())
                    .isEqualTo(due.offsetMillis());
            if (due.enabled()) {
                assertThat(Instant.parse(t.getString("nextExpiration")))
                        .as(t.toString())
                        .isEqualTo(due.nextDueAt());
                assertThat(t.getString("interval")).isEqualTo(due.interval());
            } else {
                assertThat(t.containsKey("nextExpiration")).as(t.toString()).isFalse();
            }
        }
    }

    @Test
    void theOperatorReadsEveryTimerAsStored() {
        Answer a = rest.get("/timers", token(operator));

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertAsStored(a.array().getValuesAs(JsonObject.class));
    }

    @Test
    void reinitBringsAStaleScheduleInLineAndAnswersTheNewExpirations() {
        String token = token(operator);
        OperatorSettings.Previous previous = TestTimers.staleOffset(7 * 60 + 15);
        long offset = TestTimers.storedOffset();
        try {
            Instant before = Instant.now();

            Answer a = rest.post("/timers/reinit", null, token);

            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            TestTimers.assertScheduledDailyAt(offset, before);
            List<JsonObject> timers = a.array().getValuesAs(JsonObject.class);
            assertAsStored(timers);
            assertThat(timers)
                    .filteredOn(t -> t.getString("kind").equals(TestTimers.KIND))
                    .singleElement()
                    .satisfies(t -> assertThat(t.getJsonNumber("offsetMillis").longValue())
                            .isEqualTo(offset));
        } finally {
            OperatorSettings.restore(previous);
            assertThat(rest.post("/timers/reinit", null, token).status()).isEqualTo(200);
        }
        assertThat(TestTimers.stored(TestTimers.KIND).offsetMillis()).isNotEqualTo(offset);
    }

    @Test
    void aUserWithoutTheOperatorRoleIsForbiddenAndReinitialisesNothing() {
        OperatorSettings.Previous previous = TestTimers.staleOffset(8 * 60 + 5);
        try {
            Due stale = TestTimers.stored(TestTimers.KIND);
            String token = token(plainUser);

            assertProblem(rest.get("/timers", token), 403, "forbidden");
            assertProblem(rest.post("/timers/reinit", null, token), 403, "forbidden");
            assertThat(TestTimers.stored(TestTimers.KIND))
                    .as("still the stale schedule")
                    .isEqualTo(stale);
        } finally {
            OperatorSettings.restore(previous);
        }
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        assertProblem(rest.get("/timers", null), 401, "authentication");
        assertProblem(rest.post("/timers/reinit", null, null), 401, "authentication");
    }

    @Test
    void theOpenApiDocumentDescribesTheTimers() {
        Answer doc = rest.send("GET", RestClient.BASE + "/openapi", null, null, Map.of());

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/v1/timers:", "/api/v1/timers/reinit:", "Timer:");
    }
}
