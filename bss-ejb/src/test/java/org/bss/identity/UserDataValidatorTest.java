package org.bss.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class UserDataValidatorTest {

    private static UserData user(
            String userId, String email, String locale, String salutation, String firstName, String phone) {
        return new UserData(userId, email, locale, salutation, firstName, "Tanaka", null, null, phone);
    }

    @Test
    void acceptsAMinimalAndAFullUser() {
        assertDoesNotThrow(() -> UserDataValidator.validate(user("hana", "hana@example.com", "ja", null, null, null)));
        assertDoesNotThrow(() ->
                UserDataValidator.validate(user("hana.t", "hana@example.com", "de", "MS", "花子", "+81 (3) 1234-5678")));
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertField("userId", user("a:b", "a@example.com", "en", null, null, null));
        assertField("userId", user("x".repeat(101), "a@example.com", "en", null, null, null));
        assertField("email", user("a", "not-an-address", "en", null, null, null));
        assertField("email", user("a", null, "en", null, null, null));
        assertField("locale", user("a", "a@example.com", "fr", null, null, null));
        assertField("locale", user("a", "a@example.com", null, null, null, null));
        assertField("salutation", user("a", "a@example.com", "en", "mr", null, null));
        assertField("firstName", user("a", "a@example.com", "en", null, "x".repeat(101), null));
        assertField("phone", user("a", "a@example.com", "en", null, null, "call me"));
    }

    @Test
    void updateKeepsWhatIsNotGiven() {
        UserData current = new UserData("a", "a@example.com", "en", "MR", "Al", "Smith", null, "Street 1", null);
        UserData merged = new UserData(null, null, "de", null, "", null, null, null, null).over(current);
        assertEquals(new UserData("a", "a@example.com", "de", "MR", "", "Smith", null, "Street 1", null), merged);
    }

    private static void assertField(String field, UserData data) {
        ValidationException e = assertThrows(ValidationException.class, () -> UserDataValidator.validate(data));
        assertEquals(field, e.arguments()[0], e.messageKey());
    }
}
