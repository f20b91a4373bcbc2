package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class PaymentTypeTest {

    private static ValidationException refused(Runnable r, String key) {
        ValidationException[] out = new ValidationException[1];
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            out[0] = e;
        });
        return out[0];
    }

    @Test
    void parsesTheGuidesIdsExactly() {
        assertThat(PaymentType.parse(List.of("DIRECT_DEBIT", "INVOICE", "INVOICE")))
                .containsExactly(PaymentType.INVOICE, PaymentType.DIRECT_DEBIT);
        assertThat(PaymentType.parse(List.of("CREDIT_CARD"))).containsExactly(PaymentType.CREDIT_CARD);
    }

    @Test
    void anUnknownIdIsAValidationErrorNamingIt() {
        ValidationException e =
                refused(() -> PaymentType.parse(List.of("INVOICE", "invoice")), "account.paymentType.unknown");
        assertThat(e.getMessage()).contains("\"invoice\"", "paymenttypes", "INVOICE, CREDIT_CARD, DIRECT_DEBIT");
        refused(() -> PaymentType.parse(List.of("PAYPAL")), "account.paymentType.unknown");
        refused(() -> PaymentType.parse(List.of("")), "account.paymentType.unknown");
    }

    @Test
    void noIdIsAValidationError() {
        refused(() -> PaymentType.parse(List.of()), "account.paymentType.noneGiven");
        refused(() -> PaymentType.parse((Iterable<String>) null), "account.paymentType.noneGiven");
    }

    @Test
    void onlySuppliersAndResellersGetPaymentTypes() {
        assertThatCode(() -> PaymentType.checkSeller("a", EnumSet.of(OrganizationRole.SUPPLIER)))
                .doesNotThrowAnyException();
        assertThatCode(() -> PaymentType.checkSeller("a", EnumSet.of(OrganizationRole.RESELLER)))
                .doesNotThrowAnyException();
        assertThatCode(() -> PaymentType.checkSeller(
                        "a", EnumSet.of(OrganizationRole.TECHNOLOGY_PROVIDER, OrganizationRole.SUPPLIER)))
                .doesNotThrowAnyException();
        ValidationException e = refused(
                () -> PaymentType.checkSeller("b1", EnumSet.of(OrganizationRole.BROKER)),
                "account.paymentType.notSeller");
        assertThat(e.getMessage()).contains("b1", "BROKER");
        refused(
                () -> PaymentType.checkSeller("t1", EnumSet.of(OrganizationRole.TECHNOLOGY_PROVIDER)),
                "account.paymentType.notSeller");
        assertThat(refused(() -> PaymentType.checkSeller("c1", Set.of()), "account.paymentType.notSeller")
                        .getMessage())
                .contains("CUSTOMER");
    }

    @Test
    void storedFormIsACommaListInEnumOrder() {
        assertThat(PaymentType.toStored(EnumSet.of(PaymentType.DIRECT_DEBIT, PaymentType.INVOICE)))
                .isEqualTo("INVOICE,DIRECT_DEBIT");
        assertThat(PaymentType.toStored(Set.of())).isNull();
        assertThat(PaymentType.fromStored("DIRECT_DEBIT,INVOICE"))
                .containsExactly(PaymentType.INVOICE, PaymentType.DIRECT_DEBIT);
        assertThat(PaymentType.fromStored(null)).isEmpty();
        assertThat(PaymentType.fromStored("INVOICE,OLD_TYPE")).containsExactly(PaymentType.INVOICE);
    }

    @Test
    void addingIsAUnionWithTheAvailableTypes() {
        Organization org = new Organization("abc12345", "Seller", "en", Instant.EPOCH);
        org.addPaymentTypes(EnumSet.of(PaymentType.CREDIT_CARD));
        org.addPaymentTypes(EnumSet.of(PaymentType.INVOICE, PaymentType.CREDIT_CARD));

        assertThat(org.getPaymentTypes()).isEqualTo("INVOICE,CREDIT_CARD");
        assertThat(org.availablePaymentTypes()).containsExactly(PaymentType.INVOICE, PaymentType.CREDIT_CARD);
    }
}
