package org.bss.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailPayloadTest {

    @Test
    void everyTemplateSurvivesTheRoundTrip() {
        for (MailTemplate template : MailTemplate.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE}) {
                MailMessage mail = MailFixtures.complete(template, locale);
                assertThat(MailPayload.read(MailPayload.write(mail))).isEqualTo(mail);
            }
        }
    }

    @Test
    void aParkedMailKeepsNoPasswordAndNoRecoveryLink() {
        MailMessage reset = MailFixtures.complete(MailTemplate.PASSWORD_RESET, Locale.GERMAN);
        MailMessage parked = MailPayload.read(MailPayload.withoutSecrets(MailPayload.write(reset)));
        assertThat(parked.params().get(MailParams.PASSWORD)).isEqualTo("(removed)");
        assertThat(parked.params().get(MailParams.USER_ID))
                .isEqualTo(reset.params().get(MailParams.USER_ID));
        assertThat(parked.recipient()).isEqualTo(reset.recipient());
        MailMessage recovery = MailFixtures.complete(MailTemplate.PASSWORD_RECOVERY, Locale.JAPANESE);
        assertThat(MailPayload.withoutSecrets(MailPayload.write(recovery)))
                .doesNotContain(recovery.params().get(MailParams.RECOVERY_URL))
                .contains("(removed)");
    }

    @Test
    void japaneseTextLineBreaksAndSeparatorsSurvive() {
        MailMessage mail = MailMessage.to(
                        "山田@example.jp", Locale.forLanguageTag("ja-JP"), MailTemplate.ORGANIZATION_CREATED)
                .with(MailParams.USER_ID, "山田 太郎")
                .with(MailParams.USER_KEY, "1\n2\r\n3")
                .with(MailParams.PASSWORD, " #!=:\\ 'x' {0} ")
                .with(MailParams.ORGANIZATION_ID, "富士通株式会社 ÄÖÜß €")
                .with(MailParams.LOGIN_URL, "http://h/bss-portal/login.xhtml?a=b&c=d");

        String payload = MailPayload.write(mail);
        MailMessage back = MailPayload.read(payload);

        assertThat(back).isEqualTo(mail);
        assertThat(back.params().get(MailParams.USER_KEY)).isEqualTo("1\n2\r\n3");
        assertThat(back.locale()).isEqualTo(Locale.JAPAN);
        assertThat(payload).contains("template=ORGANIZATION_CREATED", "param.userId=山田 太郎");
        assertThat(payload.lines()).noneMatch(line -> line.startsWith("#")); // no date comment
        assertThat(payload.lines()).hasSize(8); // one line per entry: line breaks inside values are escaped
    }

    @Test
    void unicodeLineSeparatorsInsideAValueSurvive() {
        // Properties.store escapes \n and \r but writes U+2028, U+2029 and U+0085 as they are: no line ends there
        String name = "a\u2028#b\u2029c\u0085d";
        MailMessage mail = MailMessage.to("u@example.com", Locale.ENGLISH, MailTemplate.USER_LOCKED)
                .with(MailParams.USER_ID, name);
        assertThat(MailPayload.read(MailPayload.write(mail)).params().get(MailParams.USER_ID))
                .isEqualTo(name);
    }

    @Test
    void aMailWithoutRecipientKeepsNone() {
        MailMessage mail =
                MailMessage.to(null, Locale.GERMAN, MailTemplate.USER_LOCKED).with(MailParams.USER_ID, "u");
        MailMessage back = MailPayload.read(MailPayload.write(mail));
        assertThat(back.recipient()).isNull();
        assertThat(back).isEqualTo(mail);
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> MailPayload.read("failDeliveries=2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without template");
        assertThatThrownBy(() -> MailPayload.read("template=NO_SUCH_MAIL\nrecipient=a@b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailPayload.read("template=USER_LOCKED\nparam.colour=red"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailPayload.read(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
