package org.bss.ws.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.bss.common.AuthenticationException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.SecurityCheckException;
import org.bss.ws.faults.UserDeletionConstraintException;
import org.bss.ws.faults.UserModificationConstraintException;
import org.bss.ws.faults.UserRoleAssignmentException;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;
import org.bss.ws.faults.beans.UserModificationConstraintExceptionBean;
import org.bss.ws.faults.beans.ValidationExceptionBean;
import org.junit.jupiter.api.Test;

class IdentityFaultsTest {

    private static ConflictException lastAdmin() {
        return new ConflictException("identity.user.lastAdministrator");
    }

    @Test
    void duplicateUserIdIsNonUniqueBusinessKeyForCreateUser() {
        var fault = IdentityFaults.translate(new ConflictException("account.user.duplicate", "jane"),
                List.of(NonUniqueBusinessKeyException.class, org.bss.ws.faults.ValidationException.class));

        assertThat(fault).isInstanceOf(NonUniqueBusinessKeyException.class);
        DomainObjectExceptionBean bean = (DomainObjectExceptionBean) fault.getFaultInfo();
        assertThat(bean.getClassEnum()).isEqualTo("USER");
        assertThat(bean.getMessageKey()).isEqualTo("account.user.duplicate");
        assertThat(bean.getMessageParams()).containsExactly("jane");
        assertThat(fault.getMessage()).startsWith("EXCEPTIONID " + bean.getId() + ": ").contains("jane");
    }

    @Test
    void lastAdministratorIsTheConstraintFaultTheOperationDeclares() {
        assertThat(IdentityFaults.translate(lastAdmin(), List.of(UserDeletionConstraintException.class,
                org.bss.ws.faults.OperationNotPermittedException.class))).isInstanceOf(UserDeletionConstraintException.class);

        var modification = IdentityFaults.translate(lastAdmin(), List.of(UserModificationConstraintException.class));
        assertThat(modification).isInstanceOf(UserModificationConstraintException.class);
        assertThat(((UserModificationConstraintExceptionBean) modification.getFaultInfo()).getReason()).isEqualTo("LAST_ADMIN");
        assertThat(IdentityFaults.translate(new OperationNotPermittedException("identity.user.deleteSelf"),
                List.of(UserDeletionConstraintException.class))).isInstanceOf(UserDeletionConstraintException.class);
    }

    @Test
    void roleErrorsAreRoleAssignmentFaultsOtherValidationNamesTheField() {
        assertThat(IdentityFaults.translate(new ValidationException("identity.role.notAvailable", "SERVICE_MANAGER", "x"),
                List.of(UserRoleAssignmentException.class, org.bss.ws.faults.ValidationException.class)))
                .isInstanceOf(UserRoleAssignmentException.class);

        var fault = IdentityFaults.translate(new ValidationException("account.field.required", "email"),
                List.of(UserRoleAssignmentException.class, org.bss.ws.faults.ValidationException.class));
        assertThat(fault).isInstanceOf(org.bss.ws.faults.ValidationException.class);
        assertThat(((ValidationExceptionBean) fault.getFaultInfo()).getMember()).isEqualTo("email");
    }

    @Test
    void containerRoleRefusalIsNotPermittedAndMissingUserIsNotFound() {
        assertThat(IdentityFaults.translate(new EJBAccessException("denied"),
                List.of(org.bss.ws.faults.ObjectNotFoundException.class, org.bss.ws.faults.OperationNotPermittedException.class)))
                .isInstanceOf(org.bss.ws.faults.OperationNotPermittedException.class);
        var missing = IdentityFaults.translate(new ObjectNotFoundException("identity.user.notFound", "x"),
                List.of(org.bss.ws.faults.ObjectNotFoundException.class));
        assertThat(((DomainObjectExceptionBean) missing.getFaultInfo()).getClassEnum()).isEqualTo("USER");
        var org = IdentityFaults.translate(new ObjectNotFoundException("account.organization.notFound", "x"),
                List.of(org.bss.ws.faults.ObjectNotFoundException.class));
        assertThat(((DomainObjectExceptionBean) org.getFaultInfo()).getClassEnum()).isEqualTo("ORGANIZATION");
    }

    @Test
    void wrongOldPasswordIsSecurityCheck() {
        assertThat(IdentityFaults.translate(new AuthenticationException("identity.loginFailed"),
                List.of(SecurityCheckException.class, org.bss.ws.faults.ValidationException.class)))
                .isInstanceOf(SecurityCheckException.class);
    }

    @Test
    void undeclaredOrSystemErrorsStayRuntimeErrors() {
        assertThat(IdentityFaults.translate(lastAdmin(), List.of(UserRoleAssignmentException.class))).isNull();
        assertThat(IdentityFaults.translate(new IllegalStateException("bug"), List.of(UserRoleAssignmentException.class))).isNull();

        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> IdentityFaults.call(() -> {
            throw bug;
        }, NonUniqueBusinessKeyException.class, UserRoleAssignmentException.class)).isSameAs(bug);
        assertThatThrownBy(() -> IdentityFaults.call(() -> {
            throw new ConflictException("account.user.duplicate", "jane");
        }, UserRoleAssignmentException.class, NonUniqueBusinessKeyException.class)).isInstanceOf(NonUniqueBusinessKeyException.class);
    }

    @Test
    void adapterMadeRefusals() {
        var notALock = IdentityFaults.notALock(org.bss.ws.vo.UserAccountStatus.ACTIVE);
        assertThat(notALock.getMessage()).contains("not ACTIVE").contains("unlockUserAccount");
        assertThat(notALock.getFaultInfo().getMessageParams()).containsExactly("ACTIVE");
    }
}
