package org.bss.portal.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bss.identity.ldap.LdapService;
import org.junit.jupiter.api.Test;

/** What the LDAP settings form sends: edited keys, and the credentials only when typed or explicitly removed. */
class LdapSettingsFormTest {

    private static Map<String, String> stored() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("LDAP_URL", "ldap://ldap.example.com:389");
        s.put("LDAP_BASE_DN", "ou=people,dc=example,dc=com");
        s.put("LDAP_PRINCIPAL", "cn=reader");
        s.put("LDAP_CREDENTIALS", LdapService.MASK);
        return s;
    }

    @Test
    void untouchedFormKeepsTheStoredCredentialsByTheMaskAndChangesNothing() {
        LdapSettingsForm form = LdapSettingsForm.of(stored());

        assertThat(form.toSettings()).isEqualTo(stored());
        assertThat(form.changedKeys()).isEmpty();
        assertThat(form.isCredentialsStored()).isTrue();
        assertThat(form.getValues()).doesNotContainKey("LDAP_CREDENTIALS").containsEntry("LDAP_ATTR_UID", null);
    }

    @Test
    void typedCredentialsReplaceTheStoredOnes() {
        LdapSettingsForm form = LdapSettingsForm.of(stored());
        form.setNewCredentials("s3cret");

        assertThat(form.toSettings()).containsEntry("LDAP_CREDENTIALS", "s3cret");
        assertThat(form.changedKeys()).containsExactly("LDAP_CREDENTIALS");
    }

    @Test
    void anEmptyPasswordFieldIsNotAChange() {
        LdapSettingsForm form = LdapSettingsForm.of(stored());
        form.setNewCredentials("");

        assertThat(form.toSettings()).containsEntry("LDAP_CREDENTIALS", LdapService.MASK);
        assertThat(form.changedKeys()).isEmpty();
    }

    @Test
    void removingTheCredentialsLeavesThemOut() {
        LdapSettingsForm form = LdapSettingsForm.of(stored());
        form.setClearCredentials(true);

        assertThat(form.toSettings()).doesNotContainKey("LDAP_CREDENTIALS");
        assertThat(form.changedKeys()).containsExactly("LDAP_CREDENTIALS");
    }

    @Test
    void withoutStoredCredentialsNeitherMaskNorRemovalIsSent() {
        Map<String, String> none = stored();
        none.remove("LDAP_CREDENTIALS");
        LdapSettingsForm form = LdapSettingsForm.of(none);
        form.setClearCredentials(true);

        assertThat(form.isCredentialsStored()).isFalse();
        assertThat(form.toSettings()).doesNotContainKey("LDAP_CREDENTIALS");
        assertThat(form.changedKeys()).isEmpty();
    }

    @Test
    void editedKeysAreListedInTheOrderOfAppendixCAndBlankOnesAreLeftOut() {
        LdapSettingsForm form = LdapSettingsForm.of(stored());
        form.getValues().put("LDAP_ATTR_EMAIL", "mail");
        form.getValues().put("LDAP_PRINCIPAL", "  ");
        form.getValues().put("LDAP_URL", "ldap://other.example.com:389");
        form.getValues().put("LDAP_BASE_DN", " ou=people,dc=example,dc=com ");

        assertThat(form.changedKeys()).containsExactly("LDAP_URL", "LDAP_PRINCIPAL", "LDAP_ATTR_EMAIL");
        assertThat(form.toSettings())
                .containsEntry("LDAP_URL", "ldap://other.example.com:389")
                .containsEntry("LDAP_ATTR_EMAIL", "mail")
                .doesNotContainKey("LDAP_PRINCIPAL")
                .containsKeys("LDAP_BASE_DN", "LDAP_CREDENTIALS");
    }
}
