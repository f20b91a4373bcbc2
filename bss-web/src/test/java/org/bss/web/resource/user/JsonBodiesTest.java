package org.bss.web.resource.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void requestClassesNameTheirPublicFields() {
        assertThat(JsonBodies.fieldNames(UserDto.NewUser.class)).containsExactly("additionalName", "address", "email",
                "firstName", "lastName", "locale", "phone", "roles", "salutation", "userId");
        assertThat(JsonBodies.fieldNames(UserDto.UserUpdate.class)).contains("email", "version").doesNotContain("userId", "roles");
        assertThat(JsonBodies.fieldNames(UserDto.RolesUpdate.class)).containsExactly("roles", "version");
        assertThat(JsonBodies.fieldNames(RecoveryDto.Request.class)).containsExactly("userId");
        assertThat(JsonBodies.fieldNames(RecoveryDto.Confirmation.class)).containsExactly("newPassword", "token");
    }

    @Test
    void knownFieldsPass() {
        JsonBodies.checkKnown(List.of("version", "email"), UserDto.UserUpdate.class);
        JsonBodies.checkKnown(List.of(), UserDto.UserUpdate.class);
    }

    @Test
    void anUnknownFieldIsA400NamingIt() {
        UserProblem p = catchThrowableOfType(UserProblem.class, () -> JsonBodies.checkKnown(List.of("email", "userId", "version"),
                UserDto.UserUpdate.class));

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(p.detail(Locale.ENGLISH)).startsWith("The field \"userId\" is not known here.").contains("lastName, locale");
        assertThat(p.detail(Locale.GERMAN)).startsWith("Das Feld \"userId\" ist hier unbekannt.");
        assertThat(p.detail(Locale.JAPANESE)).startsWith("フィールド「userId」");
    }

    @Test
    void aMisspelledFieldIsNotIgnored() {
        assertThatThrownBy(() -> JsonBodies.checkKnown(List.of("lastname", "version"), UserDto.UserUpdate.class))
                .isInstanceOf(UserProblem.class).hasMessageContaining("400");
    }

    @Test
    void anEmptyBodyIsRequired() {
        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> JsonBodies.read(new byte[0], UserDto.NewUser.class));
        assertThat(e.detailKey()).isEqualTo("detail.body-required");
        assertThat(e.type().status()).isEqualTo(400);
        assertThat(catchThrowableOfType(ApiProblemException.class, () -> JsonBodies.read(null, UserDto.NewUser.class))
                .detailKey()).isEqualTo("detail.body-required");
    }
}
