package org.bss.ws.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.bss.account.PaymentType;
import org.bss.common.ValidationException;
import org.bss.ws.vo.VOPaymentType;
import org.junit.jupiter.api.Test;

/** The payment types of savePaymentConfiguration: by their ids, none for a missing list, an unknown id refused. */
class CustomerMapperTest {

    @Test
    void paymentTypesByTheirIds() {
        assertThat(CustomerMapper.paymentTypes(List.of(type("CREDIT_CARD"), type("INVOICE"), type("INVOICE"))))
                .containsExactly(PaymentType.INVOICE, PaymentType.CREDIT_CARD);
        assertThat(CustomerMapper.paymentTypes(null)).isEmpty();
        assertThat(CustomerMapper.paymentTypes(List.of())).isEmpty();
    }

    @Test
    void anUnknownOrMissingIdIsRefused() {
        assertThatThrownBy(() -> CustomerMapper.paymentTypes(List.of(type("CASH"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CustomerMapper.paymentTypes(Arrays.asList((VOPaymentType) null)))
                .isInstanceOf(ValidationException.class);
    }

    private static VOPaymentType type(String id) {
        VOPaymentType vo = new VOPaymentType();
        vo.setPaymentTypeId(id);
        return vo;
    }
}
