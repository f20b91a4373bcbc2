package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class DistinguishedNamesTest {

    @Test
    void aNameIsStrippedAndBlankRemovesIt() {
        assertThat(DistinguishedNames.normalize("  CN=host.example.com,O=Example,C=DE "))
                .isEqualTo("CN=host.example.com,O=Example,C=DE");
        assertThat(DistinguishedNames.normalize(" ")).isNull();
        assertThat(DistinguishedNames.normalize(null)).isNull();
    }

    @Test
    void badSyntaxAndLengthAreValidationErrors() {
        assertThatThrownBy(() -> DistinguishedNames.normalize("not a dn"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.dn.invalid"));
        assertThatThrownBy(() -> DistinguishedNames.normalize("CN=" + "x".repeat(253)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.field.tooLong");
                    assertThat(e.getMessage()).contains("distinguishedName", "255");
                });
    }
}
