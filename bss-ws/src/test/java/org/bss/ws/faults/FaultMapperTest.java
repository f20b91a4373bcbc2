package org.bss.ws.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;
import org.bss.ws.faults.beans.ValidationExceptionBean;
import org.junit.jupiter.api.Test;

class FaultMapperTest {

    enum Sample { ONE }

    @Test
    void validationBecomesValidationFaultWithMemberKeyAndParams() {
        SaaSApplicationException fault = FaultMapper.toFault(
                new ValidationException("config.invalid", "MAX_NUMBER_LOGIN_ATTEMPTS", "a\nb", Sample.ONE), "MAX_NUMBER_LOGIN_ATTEMPTS", "PLATFORM_SETTING");

        assertThat(fault).isInstanceOf(org.bss.ws.faults.ValidationException.class);
        ValidationExceptionBean bean = (ValidationExceptionBean) fault.getFaultInfo();
        assertThat(bean.getMember()).isEqualTo("MAX_NUMBER_LOGIN_ATTEMPTS");
        assertThat(bean.getMessageKey()).isEqualTo("config.invalid");
        assertThat(bean.getMessageParams()).containsExactly("MAX_NUMBER_LOGIN_ATTEMPTS", "a\\nb", "enum.Sample.ONE");
        assertThat(bean.getCauseStackTrace()).isNull();
        assertThat(fault.getMessage()).startsWith("EXCEPTIONID " + bean.getId() + ": ");
        assertThat(fault.getCause()).isNull();
    }

    @Test
    void notFoundCarriesTheObjectClass() {
        SaaSApplicationException fault = FaultMapper.toFault(new ObjectNotFoundException("config.unknown", "NOPE"), "NOPE", "PLATFORM_SETTING");

        assertThat(fault).isInstanceOf(org.bss.ws.faults.ObjectNotFoundException.class);
        assertThat(((DomainObjectExceptionBean) fault.getFaultInfo()).getClassEnum()).isEqualTo("PLATFORM_SETTING");
    }

    @Test
    void otherKindsAndRoleRefusals() {
        assertThat(FaultMapper.toFault(new ConcurrentModificationException("x"), null, null))
                .isInstanceOf(org.bss.ws.faults.ConcurrentModificationException.class);
        assertThat(FaultMapper.toFault(new ConflictException("x"), null, null)).isInstanceOf(OperationNotPermittedException.class);
        assertThat(FaultMapper.toFault(new EJBAccessException("denied"), null, null)).isInstanceOf(OrganizationAuthoritiesException.class);
    }

    @Test
    void systemErrorsAreNotMapped() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(FaultMapper.toFault(bug, null, null)).isNull();
        assertThat(FaultMapper.raise(bug, null, null)).isSameAs(bug);
        assertThatThrownBy(() -> FaultMapper.raise(new ValidationException("k"), "m", null))
                .isInstanceOf(org.bss.ws.faults.ValidationException.class);
    }
}
