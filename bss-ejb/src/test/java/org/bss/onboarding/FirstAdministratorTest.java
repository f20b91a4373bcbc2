package org.bss.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bss.common.ValidationException;
import org.bss.identity.UserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first administrator's fields as table 5.2 names them (user.*). */
class FirstAdministratorTest {

    static UserData admin() {
        return new UserData(
                "acme.admin", "admin@acme.example.com", "de", "MS", "Anna", "Schmidt", "A.", "Hauptstr. 1", "+49 89 1");
    }

    private static String times(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    private static ValidationException refused(UserData admin, String key, String field) {
        ValidationException[] out = new ValidationException[1];
        assertThatThrownBy(() -> FirstAdministrator.validate(admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()[0]).isEqualTo(field);
                    assertThat(e.getMessage()).contains(field);
                    out[0] = e;
                });
        return out[0];
    }

    private static UserData with(String field, String value) {
        UserData u = admin();
        return switch (field) {
            case "user.identifier" ->
                new UserData(
                        value,
                        u.email(),
                        u.locale(),
                        u.salutation(),
                        u.firstName(),
                        u.lastName(),
                        u.additionalName(),
                        u.address(),
                        u.phone());
            case "user.email" ->
                new UserData(
                        u.userId(),
                        value,
                        u.locale(),
                        u.salutation(),
                        u.firstName(),
                        u.lastName(),
                        u.additionalName(),
                        u.address(),
                        u.phone());
            case "user.locale" ->
                new UserData(
                        u.userId(),
                        u.email(),
                        value,
                        u.salutation(),
                        u.firstName(),
                        u.lastName(),
                        u.additionalName(),
                        u.address(),
                        u.phone());
            case "user.salutation" ->
                new UserData(
                        u.userId(),
                        u.email(),
                        u.locale(),
                        value,
                        u.firstName(),
                        u.lastName(),
                        u.additionalName(),
                        u.address(),
                        u.phone());
            case "user.firstname" ->
                new UserData(
                        u.userId(),
                        u.email(),
                        u.locale(),
                        u.salutation(),
                        value,
                        u.lastName(),
                        u.additionalName(),
                        u.address(),
                        u.phone());
            case "user.lastname" ->
                new UserData(
                        u.userId(),
                        u.email(),
                        u.locale(),
                        u.salutation(),
                        u.firstName(),
                        value,
                        u.additionalName(),
                        u.address(),
                        u.phone());
            case "user.additionalname" ->
                new UserData(
                        u.userId(),
                        u.email(),
                        u.locale(),
                        u.salutation(),
                        u.firstName(),
                        u.lastName(),
                        value,
                        u.address(),
                        u.phone());
            case "user.address" ->
                new UserData(
                        u.userId(),
                        u.email(),
                        u.locale(),
                        u.salutation(),
                        u.firstName(),
                        u.lastName(),
                        u.additionalName(),
                        value,
                        u.phone());
            case "user.phone" ->
                new UserData(
                        u.userId(),
                        u.email(),
                        u.locale(),
                        u.salutation(),
                        u.firstName(),
                        u.lastName(),
                        u.additionalName(),
                        u.address(),
                        value);
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void validDataPasses() {
        assertThatCode(() -> FirstAdministrator.validate(admin())).doesNotThrowAnyException();
        // optional fields may be absent; the locale then is the organization's
        assertThatCode(() -> FirstAdministrator.validate(
                        new UserData("u", "u@x.jp", null, "MR", null, null, null, null, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> FirstAdministrator.validate(with("user.identifier", times('u', 100))))
                .doesNotThrowAnyException();
        assertThatCode(() -> FirstAdministrator.validate(with("user.email", times('e', 90) + "@a.example")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"user.identifier", "user.firstname", "user.lastname", "user.additionalname", "user.address:255"})
    void fieldsOverTheirLimit(String spec) {
        String field = spec.split(":", -1)[0];
        int max = spec.contains(":") ? Integer.parseInt(spec.split(":", -1)[1]) : 100;
        refused(with(field, times('y', max + 1)), "account.field.tooLong", field);
    }

    @Test
    void emailAndPhoneOverTheirLimit() {
        refused(with("user.email", times('e', 91) + "@a.example"), "account.field.email", "user.email");
        refused(with("user.phone", times('1', 51)), "account.field.phone", "user.phone");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "!", "\"", "#", "$", "%", "&", "'", "*", "+", ",", "/", ":", ";", "<", "=", ">", "?", "\\", "^", "`"
            })
    void userIdForbiddenCharacters(String c) {
        ValidationException e =
                refused(with("user.identifier", "ab" + c + "cd"), "account.field.forbiddenChars", "user.identifier");
        assertThat(e.getMessage()).contains("! \" # $ % & ' * + , / : ; < = > ? \\ ^ `");
    }

    @Test
    void userIdAllowsOtherCharacters() {
        for (String id : new String[] {"a.b-c_d@e", "山田太郎", "user(1)", "a~b|c{d}"}) {
            assertThatCode(() -> FirstAdministrator.validate(with("user.identifier", id)))
                    .as(id)
                    .doesNotThrowAnyException();
        }
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
        refused(with("user.email", mail), "account.field.email", "user.email");
    }

    @Test
    void requiredFields() {
        refused(with("user.identifier", null), "account.field.required", "user.identifier");
        refused(with("user.email", null), "account.field.required", "user.email");
        refused(with("user.salutation", null), "account.field.required", "user.salutation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mr", "MRS", "Herr", "様"})
    void salutationIsMrOrMs(String s) {
        refused(with("user.salutation", s), "account.field.oneOf", "user.salutation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "EN", "de_DE", "jp"})
    void unsupportedLocales(String l) {
        refused(with("user.locale", l), "account.field.oneOf", "user.locale");
    }
}
