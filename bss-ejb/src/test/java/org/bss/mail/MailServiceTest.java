package org.bss.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailServiceTest {

    private static final String LOGIN = "http://h/bss-portal/login.xhtml";

    @Test
    void theLoginUrlIsFilledInWhenTheTemplateNeedsIt() {
        MailMessage unlocked = MailMessage.to("a@b.example", Locale.GERMAN, MailTemplate.USER_UNLOCKED)
                .with(MailParams.USER_ID, "u");
        assertThat(MailService.complete(unlocked, () -> LOGIN).params()).containsEntry(MailParams.LOGIN_URL, LOGIN);
    }

    @Test
    void aGivenLoginUrlStaysAndOtherTemplatesGetNone() {
        MailMessage given = MailMessage.to("a@b.example", Locale.GERMAN, MailTemplate.USER_UNLOCKED)
                .with(MailParams.USER_ID, "u")
                .with(MailParams.LOGIN_URL, "http://other/login.xhtml");
        assertThat(MailService.complete(given, () -> LOGIN)).isSameAs(given);
        MailMessage locked = MailMessage.to("a@b.example", Locale.GERMAN, MailTemplate.USER_LOCKED)
                .with(MailParams.USER_ID, "u");
        assertThat(MailService.complete(locked, () -> {
                    throw new AssertionError("not asked");
                }))
                .isSameAs(locked);
    }
}
