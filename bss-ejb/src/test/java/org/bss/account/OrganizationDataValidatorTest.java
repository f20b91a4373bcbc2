package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationDataValidatorTest {

    static OrganizationData org() {
        return new OrganizationData(
                "Acme GmbH",
                "info@acme.example.com",
                "Hauptstr. 1, 80331 München",
                "+49 (89) 123-456",
                "https://www.acme.example.com/about",
                "We sell anvils.",
                "DE",
                "de");
    }

    static String times(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    private static ValidationException refused(Runnable r, String key, String field) {
        ValidationException[] out = new ValidationException[1];
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()[0]).isEqualTo(field);
            assertThat(e.getMessage()).contains(field);
            out[0] = e;
        });
        return out[0];
    }

    private static OrganizationData orgWith(String field, String value) {
        OrganizationData o = org();
        return switch (field) {
            case "organization.name" ->
                new OrganizationData(
                        value, o.email(), o.address(), o.phone(), o.url(), o.description(), o.domicile(), o.locale());
            case "organization.email" ->
                new OrganizationData(
                        o.name(), value, o.address(), o.phone(), o.url(), o.description(), o.domicile(), o.locale());
            case "organization.address" ->
                new OrganizationData(
                        o.name(), o.email(), value, o.phone(), o.url(), o.description(), o.domicile(), o.locale());
            case "organization.phone" ->
                new OrganizationData(
                        o.name(), o.email(), o.address(), value, o.url(), o.description(), o.domicile(), o.locale());
            case "organization.url" ->
                new OrganizationData(
                        o.name(), o.email(), o.address(), o.phone(), value, o.description(), o.domicile(), o.locale());
            case "organization.description" ->
                new OrganizationData(
                        o.name(), o.email(), o.address(), o.phone(), o.url(), value, o.domicile(), o.locale());
            case "organization.domicile" ->
                new OrganizationData(
                        o.name(), o.email(), o.address(), o.phone(), o.url(), o.description(), value, o.locale());
            case "organization.locale" ->
                new OrganizationData(
                        o.name(), o.email(), o.address(), o.phone(), o.url(), o.description(), o.domicile(), value);
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void validDataPasses() {
        assertThatCode(() -> OrganizationDataValidator.validate(org())).doesNotThrowAnyException();
        // optional fields may be absent
        assertThatCode(() -> OrganizationDataValidator.validate(
                        new OrganizationData("株式会社テスト", null, null, null, null, null, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void exactLimitsPass() {
        assertThatCode(() -> OrganizationDataValidator.validate(orgWith("organization.name", times('名', 100))))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationDataValidator.validate(orgWith("organization.address", times('a', 255))))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationDataValidator.validate(orgWith("organization.description", times('d', 2000))))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationDataValidator.validate(orgWith("organization.phone", times('1', 50))))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationDataValidator.validate(
                        orgWith("organization.url", "http://x.de/" + times('p', 243))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"organization.name:100", "organization.address:255", "organization.description:2000"})
    void organizationFieldsOverTheirLimit(String spec) {
        String field = spec.split(":", -1)[0];
        int max = Integer.parseInt(spec.split(":", -1)[1]);
        ValidationException e = refused(
                () -> OrganizationDataValidator.validate(orgWith(field, times('x', max + 1))),
                "account.field.tooLong",
                field);
        assertThat(e.getMessage()).contains(String.valueOf(max));
    }

    @Test
    void emailsOverTheirLimit() {
        String longMail = times('e', 91) + "@a.example"; // 101
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.email", longMail)),
                "account.field.email",
                "organization.email");
    }

    @Test
    void phonesAndUrlsOverTheirLimit() {
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.phone", times('1', 51))),
                "account.field.phone",
                "organization.phone");
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.url", "http://x.de/" + times('p', 244))),
                "account.field.url",
                "organization.url");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain",
                "a@b",
                "a@@b.de",
                "@b.de",
                "a@b.",
                "a@.de",
                "a..b@c.de",
                ".a@c.de",
                "a b@c.de",
                "a@b_c.de",
                "a@-b.de",
                "a@b.1"
            })
    void badEmailAddresses(String mail) {
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.email", mail)),
                "account.field.email",
                "organization.email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.de", "first.last+tag@sub.example.co.jp", "o'brien@x.ie", "x_y-z@a-b.example"})
    void goodEmailAddresses(String mail) {
        assertThat(OrganizationDataValidator.isEmailAddress(mail)).isTrue();
    }

    @Test
    void requiredFields() {
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.name", null)),
                "account.field.required",
                "organization.name");
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.name", "  ")),
                "account.field.required",
                "organization.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "EN", "de_DE", "jp"})
    void unsupportedLocales(String l) {
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.locale", l)),
                "account.field.oneOf",
                "organization.locale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "de", "DEU", "D", "UK"})
    void unknownCountries(String c) {
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.domicile", c)),
                "account.field.country",
                "organization.domicile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x.de", "www.x.de", "http://", "javascript:alert(1)", "http://a b.de"})
    void badUrls(String url) {
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.url", url)),
                "account.field.url",
                "organization.url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "123#4", "+49/89"})
    void badPhones(String phone) {
        refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.phone", phone)),
                "account.field.phone",
                "organization.phone");
    }

    @Test
    void messagesAreLocalized() {
        ValidationException e = refused(
                () -> OrganizationDataValidator.validate(orgWith("organization.domicile", "XX")),
                "account.field.country",
                "organization.domicile");
        assertThat(e.localizedMessage(Locale.ENGLISH)).contains("ISO 3166-1", "XX");
        assertThat(e.localizedMessage(Locale.GERMAN)).contains("Ländercode", "XX");
        assertThat(e.localizedMessage(Locale.JAPANESE)).contains("国コード", "XX");
    }

    @Test
    void userIdsWithInvisibleOrDirectionChangingCharactersAreRefused() {
        for (String id : new String[] {"gpj.\u202eexe", "a\u200bb", "\ufeffadmin", "a\u2069", "x\ud800y", "a\u2029b"}) {
            assertThatThrownBy(() -> OrganizationDataValidator.userId("userId", id))
                    .as(id)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("account.field.invisibleChars");
                        assertThat((String) e.arguments()[2]).doesNotContainPattern("[\\u200b\\u202e\\ufeff\\u2069]");
                    });
        }
        assertThatCode(() -> OrganizationDataValidator.userId("userId", "山田 太郎-\u00e9"))
                .doesNotThrowAnyException();
    }

    @Test
    void userIdsAreNormalizedToNfc() {
        assertThat(OrganizationDataValidator.normalizedUserId("jose\u0301")).isEqualTo("jos\u00e9");
        assertThat(OrganizationDataValidator.normalizedUserId("\u212b")).isEqualTo("\u00c5");
        assertThat(OrganizationDataValidator.normalizedUserId(null)).isNull();
        assertThat(new org.bss.identity.UserData("jose\u0301", null, null, null, null, null, null, null, null).userId())
                .isEqualTo("jos\u00e9");
    }
}
