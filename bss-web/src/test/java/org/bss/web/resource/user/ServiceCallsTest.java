package org.bss.web.resource.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.bss.common.ConflictException;
import org.bss.common.ValidationException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {

    @Test
    void aResultPassesThrough() {
        assertThat(ServiceCalls.call(() -> "ok")).isEqualTo("ok");
    }

    @Test
    void aValidationErrorIsA422WithItsKeyAndLocalizedText() {
        UserProblem p = catchThrowableOfType(UserProblem.class, () -> ServiceCalls.call(() -> {
            throw new ValidationException("identity.role.notAvailable", "SERVICE_MANAGER", "ORGANIZATION_ADMIN");
        }));

        assertThat(p.status()).isEqualTo(422);
        assertThat(p.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(p.code()).isEqualTo("identity.role.notAvailable");
        assertThat(p.detail(Locale.ENGLISH)).startsWith("The role SERVICE_MANAGER is not available");
        assertThat(p.detail(Locale.GERMAN)).startsWith("Die Rolle SERVICE_MANAGER ist in dieser Organisation nicht verfügbar");
    }

    @Test
    void otherBusinessErrorsAreLeftToTheSharedMapping() {
        assertThatThrownBy(() -> ServiceCalls.run(() -> {
            throw new ConflictException("identity.user.lastAdministrator");
        })).isInstanceOf(ConflictException.class);
    }
}
