package org.bss.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.bss.account.Organization;
import org.bss.identity.PlatformUser;
import org.junit.jupiter.api.Test;

/** Which directory entries can be users, and which fields LDAP owns. */
class LdapUserMappingTest {

    private static final LdapSettings ALL_MAPPED = LdapSettings.effective(
            Map.of(),
            Map.of(
                    "LDAP_URL",
                    "ldap://h",
                    "LDAP_BASE_DN",
                    "dc=x",
                    "LDAP_ATTR_EMAIL",
                    "mail",
                    "LDAP_ATTR_FIRST_NAME",
                    "givenName",
                    "LDAP_ATTR_LAST_NAME",
                    "sn",
                    "LDAP_ATTR_ADDITIONAL_NAME",
                    "displayName",
                    "LDAP_ATTR_LOCALE",
                    "preferredLanguage"));
    private static final LdapSettings NAMES_ONLY = LdapSettings.effective(
            Map.of(), Map.of("LDAP_URL", "ldap://h", "LDAP_BASE_DN", "dc=x", "LDAP_ATTR_LAST_NAME", "sn"));

    private static LdapUser user(String uid) {
        return new LdapUser(uid, "uid=" + uid + ",dc=x", "a@b.jp", "太郎", "山田", "やまだ", "ja_JP");
    }

    @Test
    void ordinaryIdsPass() {
        assertThat(LdapUserMapping.check(user("taro.yamada"))).isEmpty();
        assertThat(LdapUserMapping.check(user("山田"))).isEmpty();
    }

    @Test
    void idsThatCannotBeBssUserIdsAreRejectedWithTheReason() {
        for (String bad : new String[] {
            "a:b", "a,b", "a*", " lead", "x".repeat(101), "tab\tuser", "gpj.\u202eexe", "zero\u200bwidth"
        }) {
            var rejection = LdapUserMapping.check(user(bad));
            assertThat(rejection).as(bad).isPresent();
            assertThat(rejection.get().messageKey()).isEqualTo("ldap.import.userId");
            assertThat(rejection.get().message(Locale.GERMAN)).contains(bad);
        }
    }

    @Test
    void overlongFieldsAreRejectedNamingTheField() {
        LdapUser longName = new LdapUser("u", "uid=u", null, "x".repeat(101), null, null, null);
        var rejection = LdapUserMapping.check(longName);
        assertThat(rejection).isPresent();
        assertThat(rejection.get().message(Locale.ENGLISH))
                .contains("firstName")
                .contains("100")
                .contains("101");
        assertThat(rejection.get().message(Locale.JAPANESE)).contains("firstName");
    }

    @Test
    void mappedFieldsFollowTheSettings() {
        assertThat(LdapUserMapping.mappedFields(ALL_MAPPED))
                .containsExactly("userId", "email", "firstName", "lastName", "additionalName", "locale");
        assertThat(LdapUserMapping.mappedFields(NAMES_ONLY)).containsExactly("userId", "lastName");
    }

    @Test
    void applyCopiesMappedFieldsOnlyAndLdapIsAuthoritative() {
        PlatformUser u =
                new PlatformUser("taro", new Organization("o", "Org", "en", Instant.EPOCH), "en", Instant.EPOCH);
        u.setEmail("old@example.com");
        u.setFirstName("Old");
        LdapUserMapping.apply(new LdapUser("taro", "uid=taro", null, null, "山田", null, null), NAMES_ONLY, u);
        assertThat(u.getLastName()).isEqualTo("山田");
        assertThat(u.getEmail()).as("not mapped: kept").isEqualTo("old@example.com");
        assertThat(u.getFirstName()).isEqualTo("Old");

        LdapUserMapping.apply(new LdapUser("taro", "uid=taro", null, "太郎", "山田", null, "ja_JP"), ALL_MAPPED, u);
        assertThat(u.getEmail()).as("mapped but absent in the entry: cleared").isNull();
        assertThat(u.getFirstName()).isEqualTo("太郎");
        assertThat(u.getLocale()).isEqualTo("ja");
    }

    @Test
    void onlyTheSupportedLanguagesAreTaken() {
        assertThat(LdapUserMapping.language("de-DE")).contains("de");
        assertThat(LdapUserMapping.language("ja_JP")).contains("ja");
        assertThat(LdapUserMapping.language("EN")).contains("en");
        assertThat(LdapUserMapping.language("fr")).isEmpty();
        assertThat(LdapUserMapping.language("")).isEmpty();
        assertThat(LdapUserMapping.language(null)).isEmpty();
    }
}
