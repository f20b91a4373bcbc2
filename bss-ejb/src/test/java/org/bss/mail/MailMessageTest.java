package org.bss.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    private static MailMessage lockedMailTo(String address) {
        return MailMessage.to(address, Locale.ENGLISH, MailTemplate.USER_LOCKED).with(MailParams.USER_ID, "u1");
    }

    @Test
    void aUserWithoutAddressGetsNoMailAndAReason() {
        assertThat(lockedMailTo(null).unsendableReason()).contains("the user has no e-mail address");
        assertThat(lockedMailTo("  ").unsendableReason()).contains("the user has no e-mail address");
    }

    @Test
    void anUnusableAddressIsNamed() {
        for (String bad :
                new String[] {"jdoe", "a@b@c", "a b@c.example", "a@c.example\r\nBcc: x@evil.example", "@c.example"}) {
            assertThat(lockedMailTo(bad).unsendableReason())
                    .as(bad)
                    .hasValueSatisfying(r -> assertThat(r).contains("not a usable"));
        }
        assertThat(lockedMailTo("x".repeat(250) + "@c.example").unsendableReason())
                .isPresent();
    }

    @Test
    void aNormalAddressIsSendable() {
        assertThat(lockedMailTo(" jdoe@example.org ").unsendableReason()).isEmpty();
        assertThat(lockedMailTo(" jdoe@example.org ").recipient()).isEqualTo("jdoe@example.org");
        assertThat(lockedMailTo("山田@例え.jp").unsendableReason()).isEmpty();
    }

    @Test
    void parametersAreCheckedAgainstTheTemplate() {
        MailMessage reset = MailMessage.to("a@b.example", Locale.GERMAN, MailTemplate.PASSWORD_RESET)
                .with(MailParams.USER_ID, 42);
        assertThat(reset.params()).containsEntry(MailParams.USER_ID, "42");
        assertThat(reset.missingParams()).containsExactly(MailParams.PASSWORD, MailParams.LOGIN_URL);
        assertThat(reset.with(MailParams.PASSWORD, null).missingParams()).contains(MailParams.PASSWORD);
        assertThatThrownBy(() -> reset.with(MailParams.RECOVERY_URL, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recoveryUrl");
    }

    @Test
    void noLocaleMeansEnglishAndTheUserIdIsKnownForLogs() {
        MailMessage mail = MailMessage.to("a@b.example", null, MailTemplate.USER_LOCKED);
        assertThat(mail.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.userId()).isEqualTo("?");
        assertThat(mail.with(MailParams.USER_ID, "jdoe").userId()).isEqualTo("jdoe");
    }

    @Test
    void aTemplateIsRequired() {
        assertThatThrownBy(() -> MailMessage.to("a@b.example", Locale.ENGLISH, null))
                .isInstanceOf(NullPointerException.class);
    }
}
