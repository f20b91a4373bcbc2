package org.bss.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link LdapDirectory} (plain JNDI) against a real LDAP server (UnboundID in memory, random port). */
class LdapDirectoryTest {

    private static TestDirectory ldap;
    private final LdapDirectory directory = new LdapDirectory();

    @BeforeAll
    static void start() throws Exception {
        ldap = new TestDirectory();
    }

    @AfterAll
    static void stop() {
        ldap.close();
    }

    @Test
    void searchReturnsTheMappedAttributesSortedByUid() {
        LdapSearchResult result = directory.search(ldap.settings(), "*", 100);
        assertThat(result.truncated()).isFalse();
        assertThat(result.users())
                .extracting(LdapUser::uid)
                .containsExactly("alice", "taro", "user01", "user02", "user03", "user04", "user05");
        LdapUser taro = result.users().get(1);
        assertThat(taro.dn()).isEqualTo("uid=taro," + TestDirectory.PEOPLE);
        assertThat(taro.lastName()).isEqualTo("山田");
        assertThat(taro.firstName()).isEqualTo("太郎");
        assertThat(taro.email()).isEqualTo("taro@example.jp");
        assertThat(taro.locale()).isEqualTo("ja");
        assertThat(taro.additionalName())
                .as("LDAP_ATTR_ADDITIONAL_NAME not set")
                .isNull();
        assertThat(result.users().get(2).email()).as("entry without mail").isNull();
    }

    @Test
    void searchHonoursTheLimitAndSaysWhenItCutTheResult() {
        LdapSearchResult cut = directory.search(ldap.settings(), "user0*", 3);
        assertThat(cut.users()).hasSize(3);
        assertThat(cut.truncated()).isTrue();

        LdapSearchResult exact = directory.search(ldap.settings(), "user0*", 5);
        assertThat(exact.users()).hasSize(5);
        assertThat(exact.truncated()).isFalse();
    }

    @Test
    void aPatternCannotInjectFilterSyntax() {
        assertThat(directory.search(ldap.settings(), "x)(|(uid=*", 100).users()).isEmpty();
        assertThat(directory.find(ldap.settings(), "*")).isEmpty();
        assertThat(directory.find(ldap.settings(), "alice"))
                .get()
                .extracting(LdapUser::uid)
                .isEqualTo("alice");
    }

    @Test
    void searchByJapaneseValueWorks() {
        LdapSettings bySurname = ldap.settingsWith("LDAP_ATTR_UID", "sn");
        assertThat(directory.search(bySurname, "山*", 10).users())
                .extracting(LdapUser::uid)
                .containsExactly("山田");
    }

    @Test
    void authenticateAcceptsOnlyTheRightPassword() {
        LdapSettings s = ldap.settings();
        assertThat(directory.authenticate(s, "alice", "alice-pw")).isTrue();
        assertThat(directory.authenticate(s, "taro", "taro-pw")).isTrue();
        assertThat(directory.authenticate(s, "alice", "wrong")).isFalse();
        assertThat(directory.authenticate(s, "alice", "taro-pw")).isFalse();
        assertThat(directory.authenticate(s, "nobody", "alice-pw")).isFalse();
        assertThat(directory.authenticate(s, "ali*", "alice-pw"))
                .as("no wildcard logins")
                .isFalse();
        assertThat(directory.verify(s, "alice", "alice-pw"))
                .get()
                .extracting(LdapUser::email)
                .isEqualTo("alice@example.com");
    }

    @Test
    void anEmptyPasswordIsRefusedWithoutBindingBecauseManyServersTakeItAsAnonymousBind() {
        LdapSettings s = ldap.settings();
        String aliceDn = "uid=alice," + TestDirectory.PEOPLE;
        long before = ldap.bindsAs(aliceDn);
        assertThat(directory.authenticate(s, "alice", "")).isFalse();
        assertThat(directory.authenticate(s, "alice", null)).isFalse();
        assertThat(ldap.bindsAs(aliceDn))
                .as("no bind with an empty password reached the server")
                .isEqualTo(before);
        assertThat(directory.authenticate(s, "alice", "alice-pw")).isTrue();
        assertThat(ldap.bindsAs(aliceDn)).as("a real check binds as the user").isEqualTo(before + 1);
    }

    @Test
    void anonymousSearchWorksWithoutAPrincipal() {
        java.util.Properties p = ldap.properties();
        p.remove("LDAP_PRINCIPAL");
        p.remove("LDAP_CREDENTIALS");
        LdapSettings anonymous = LdapSettings.effective(java.util.Map.of(), LdapSettings.parse(p));
        assertThat(directory.authenticate(anonymous, "alice", "alice-pw")).isTrue();
    }

    @Test
    void connectionTestSucceeds() {
        LdapConnectionCheck check = directory.testConnection(ldap.settings());
        assertThat(check.ok()).isTrue();
        assertThat(check.message(Locale.ENGLISH)).contains(ldap.url()).contains(TestDirectory.PEOPLE);
    }

    @Test
    void connectionTestAgainstADeadPortSaysUnreachable() throws Exception {
        String url = "ldap://127.0.0.1:" + TestDirectory.deadPort();
        LdapConnectionCheck check = directory.testConnection(ldap.settingsWith("LDAP_URL", url));
        assertThat(check.ok()).isFalse();
        assertThat(check.messageKey()).isEqualTo("ldap.connect.unreachable");
        assertThat(check.message(Locale.ENGLISH)).contains(url);
        assertThat(check.message(Locale.GERMAN)).contains("nicht erreichbar");
        assertThat(check.message(Locale.JAPANESE)).contains("接続できません");
    }

    @Test
    void loginAgainstADeadPortIsAnErrorNotAWrongPassword() throws Exception {
        LdapSettings dead = ldap.settingsWith("LDAP_URL", "ldap://127.0.0.1:" + TestDirectory.deadPort());
        assertThatThrownBy(() -> directory.authenticate(dead, "alice", "alice-pw"))
                .isInstanceOf(LdapUnavailableException.class)
                .satisfies(e ->
                        assertThat(((LdapUnavailableException) e).messageKey()).isEqualTo("ldap.connect.unreachable"));
        assertThatThrownBy(() -> directory.search(dead, "*", 10)).isInstanceOf(LdapUnavailableException.class);
    }

    @Test
    void connectionTestWithBadCredentials() {
        LdapConnectionCheck check = directory.testConnection(ldap.settingsWith("LDAP_CREDENTIALS", "wrong"));
        assertThat(check.ok()).isFalse();
        assertThat(check.messageKey()).isEqualTo("ldap.connect.credentials");
        assertThat(check.message(Locale.ENGLISH))
                .contains(TestDirectory.MANAGER)
                .doesNotContain("wrong");
    }

    @Test
    void connectionTestWithABaseDnThatDoesNotExist() {
        LdapConnectionCheck check =
                directory.testConnection(ldap.settingsWith("LDAP_BASE_DN", "ou=nobody," + TestDirectory.BASE));
        assertThat(check.ok()).isFalse();
        assertThat(check.messageKey()).isEqualTo("ldap.connect.baseDn");
        assertThat(check.message(Locale.JAPANESE)).contains("ou=nobody," + TestDirectory.BASE);
    }

    @Test
    void connectionTestWithAnUnknownContextFactory() {
        LdapConnectionCheck check =
                directory.testConnection(ldap.settingsWith("LDAP_CONTEXT_FACTORY", "org.example.NoSuchFactory"));
        assertThat(check.ok()).isFalse();
        assertThat(check.messageKey()).isEqualTo("ldap.connect.factory");
        assertThat(check.message(Locale.ENGLISH)).contains("LDAP_CONTEXT_FACTORY");
    }
}
