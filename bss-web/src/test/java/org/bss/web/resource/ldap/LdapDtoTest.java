package org.bss.web.resource.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.bss.identity.ldap.LdapConnectionCheck;
import org.bss.identity.ldap.LdapImportResult;
import org.bss.identity.ldap.LdapSearchResult;
import org.bss.identity.ldap.LdapUser;
import org.junit.jupiter.api.Test;

class LdapDtoTest {

    @Test
    void aSearchResultListsTheMappedFieldsButNoDn() {
        LdapSearchResult found = new LdapSearchResult(
                List.of(new LdapUser(
                        "taro", "uid=taro,ou=people,dc=example,dc=com", "taro@example.jp", "太郎", "山田", null, "ja")),
                true);

        LdapDto.SearchResult json = LdapDto.SearchResult.of(found);

        assertThat(json.truncated).isTrue();
        assertThat(json.users).singleElement().satisfies(u -> {
            assertThat(u.uid).isEqualTo("taro");
            assertThat(u.email).isEqualTo("taro@example.jp");
            assertThat(u.firstName).isEqualTo("太郎");
            assertThat(u.lastName).isEqualTo("山田");
            assertThat(u.additionalName).isNull();
            assertThat(u.locale).isEqualTo("ja");
        });
        assertThat(JsonFields.of(LdapDto.User.class))
                .containsExactlyInAnyOrder("uid", "email", "firstName", "lastName", "additionalName", "locale");
    }

    @Test
    void aConnectionTestSpeaksTheCallersLanguage() {
        LdapConnectionCheck failed = new LdapConnectionCheck(
                false, "ldap.connect.unreachable", List.of("ldap://127.0.0.1:1", "Connection refused"));

        LdapDto.ConnectionTest en = LdapDto.ConnectionTest.of(failed, Locale.ENGLISH);
        LdapDto.ConnectionTest de = LdapDto.ConnectionTest.of(failed, Locale.GERMAN);
        LdapDto.ConnectionTest ja = LdapDto.ConnectionTest.of(failed, Locale.JAPANESE);

        assertThat(en.ok).isFalse();
        assertThat(en.messageKey).isEqualTo("ldap.connect.unreachable");
        assertThat(en.message).isEqualTo("The LDAP server ldap://127.0.0.1:1 cannot be reached: Connection refused");
        assertThat(de.message).contains("ldap://127.0.0.1:1").isNotEqualTo(en.message);
        assertThat(ja.message)
                .contains("ldap://127.0.0.1:1")
                .isNotEqualTo(en.message)
                .isNotEqualTo(de.message);
    }

    @Test
    void anImportResultGivesEachRejectionWithKeyAndReason() {
        LdapImportResult result = new LdapImportResult(
                List.of("alice"),
                List.of(new LdapImportResult.Rejection(
                        "nobody", "ldap.import.notFound", List.of("nobody", "ou=people,dc=example,dc=com"))));

        LdapDto.ImportResult json = LdapDto.ImportResult.of(result, Locale.ENGLISH);

        assertThat(json.imported).containsExactly("alice");
        assertThat(json.rejected).singleElement().satisfies(r -> {
            assertThat(r.uid).isEqualTo("nobody");
            assertThat(r.messageKey).isEqualTo("ldap.import.notFound");
            assertThat(r.message)
                    .isEqualTo(
                            "The user nobody was not found in the LDAP directory below ou=people,dc=example,dc=com.");
        });
    }

    /** The JSON names of a response class: its public fields. */
    private static final class JsonFields {
        static List<String> of(Class<?> type) {
            return java.util.Arrays.stream(type.getFields())
                    .map(java.lang.reflect.Field::getName)
                    .toList();
        }
    }
}
