package org.bss.web.resource.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

class LdapBodiesTest {

    @Test
    void settingsKeepStringsInOrderAndDropNulls() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("LDAP_URL", "ldap://127.0.0.1:389");
        json.put("LDAP_PRINCIPAL", null);
        json.put("LDAP_BASE_DN", "ou=people,dc=example,dc=com");

        assertThat(LdapBodies.settings(json)).containsExactly(Map.entry("LDAP_URL", "ldap://127.0.0.1:389"),
                Map.entry("LDAP_BASE_DN", "ou=people,dc=example,dc=com"));
    }

    @Test
    void unknownSettingKeysAreLeftToTheService() {
        // the service names unknown keys with the list of App. C keys (422 ldap.settings.unknownKeys)
        assertThat(LdapBodies.settings(Map.of("LDAP_NOPE", "x"))).containsEntry("LDAP_NOPE", "x");
    }

    @Test
    void aSettingThatIsNoStringIsA400NamingTheKey() {
        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.settings(Map.of("LDAP_URL", 389)));

        assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(e.detailKey()).isEqualTo("detail.field-invalid");
        assertThat(e.arguments()).startsWith("LDAP_URL");
    }

    @Test
    void anImportRequestHasUidsAndOptionalRoles() {
        LdapDto.ImportRequest r = LdapBodies.importRequest(Map.of("uids", List.of("a", "b"), "roles", List.of("ORGANIZATION_ADMIN")));
        assertThat(r.uids).containsExactly("a", "b");
        assertThat(r.roles).containsExactly("ORGANIZATION_ADMIN");

        assertThat(LdapBodies.importRequest(Map.of("uids", List.of("a"))).roles).isNull();
    }

    @Test
    void anImportRequestWithoutUidsIsA400() {
        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.importRequest(Map.of("roles", List.of())));
        assertThat(e.detailKey()).isEqualTo("detail.field-required");
        assertThat(e.arguments()).containsExactly("uids");
    }

    @Test
    void anUnknownFieldOrWrongShapeIsA400() {
        ApiProblemException unknown = catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.importRequest(Map.of("uids", List.of("a"),
                "userIds", List.of("b"))));
        assertThat(unknown.detailKey()).isEqualTo("detail.field-invalid");
        assertThat(unknown.arguments()).startsWith("userIds");

        ApiProblemException notList = catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.importRequest(Map.of("uids", "a")));
        assertThat(notList.arguments()).startsWith("uids");

        ApiProblemException mixed = catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.importRequest(Map.of("uids", Arrays.asList("a", 1))));
        assertThat(mixed.arguments()).startsWith("uids");

        ApiProblemException nullEntry = catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.importRequest(Map.of("uids", Arrays.asList("a", null))));
        assertThat(nullEntry.arguments()).startsWith("uids");
    }

    @Test
    void aMissingBodyIsA400() {
        assertThat(catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.object(new byte[0])).detailKey())
                .isEqualTo("detail.body-required");
        assertThat(catchThrowableOfType(ApiProblemException.class, () -> LdapBodies.object(null)).detailKey())
                .isEqualTo("detail.body-required");
    }
}
