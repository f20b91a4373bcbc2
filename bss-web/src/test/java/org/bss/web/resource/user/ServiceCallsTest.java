package org.bss.web.resource.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {

    @Test
    void aResultPassesThrough() {
        assertThat(ServiceCalls.call(() -> "ok")).isEqualTo("ok");
    }

    @Test
    void aValidationErrorIsA400WithItsKeyAndLocalizedText() {
        UserProblem p = catchThrowableOfType(() -> ServiceCalls.call(() -> {
            throw new ValidationException("identity.role.notAvailable", "SERVICE_MANAGER", "ORGANIZATION_ADMIN");
        }), UserProblem.class);

        assertThat(p.status()).isEqualTo(400);
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

    @Test
    void anotherOrganizationIsNotFound() {
        ObjectNotFoundException e = catchThrowableOfType(() -> ServiceCalls.hidingOthers(() -> {
            throw new OperationNotPermittedException(ServiceCalls.OTHER_ORGANIZATION);
        }, () -> OrganizationUsersResource.organizationNotFound("other")), ObjectNotFoundException.class);

        assertThat(e.messageKey()).isEqualTo("account.organization.notFound");
        assertThat(e.arguments()).containsExactly("other");
    }

    @Test
    void otherRefusalsStayRefusals() {
        assertThatThrownBy(() -> ServiceCalls.hidingOthers(() -> {
            throw new OperationNotPermittedException("identity.user.lockSelf");
        }, () -> new ObjectNotFoundException("x"))).isInstanceOf(OperationNotPermittedException.class);
        assertThatThrownBy(() -> ServiceCalls.hidingOthers(() -> {
            throw new ValidationException("account.field.required", "email");
        }, () -> new ObjectNotFoundException("x"))).isInstanceOf(UserProblem.class);
    }
}
