package org.bss.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** App. C keys: parsing, the three layers (built-in, platform, organization) and the checks, naming the key. */
class LdapSettingsTest {

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static ValidationException refused(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void builtInDefaultsFillUidAndContextFactory() {
        LdapSettings s = LdapSettings.effective(
                Map.of(),
                LdapSettings.parse(props(
                        "LDAP_URL", "ldap://dir.example.com:389", "LDAP_BASE_DN", "ou=people,dc=example,dc=com")));
        assertThat(s.uidAttribute()).isEqualTo("uid");
        assertThat(s.contextFactory()).isEqualTo("com.sun.jndi.ldap.LdapCtxFactory");
        assertThat(s.principal()).isNull();
        assertThat(s.asMap()).containsOnlyKeys("LDAP_URL", "LDAP_BASE_DN", "LDAP_ATTR_UID", "LDAP_CONTEXT_FACTORY");
    }

    @Test
    void theOrganizationWinsOverThePlatformWhichWinsOverTheBuiltInDefaults() {
        Map<String, String> platform = LdapSettings.parse(props(
                "LDAP_URL",
                "ldap://platform:389",
                "LDAP_ATTR_UID",
                "sAMAccountName",
                "LDAP_ATTR_EMAIL",
                "mail",
                "LDAP_BASE_DN",
                "dc=platform"));
        Map<String, String> org = LdapSettings.parse(props(
                "LDAP_URL",
                "ldaps://org.example.com:636",
                "LDAP_ATTR_EMAIL",
                "  ",
                "LDAP_PRINCIPAL",
                "uid=admin,ou=system",
                "LDAP_CREDENTIALS",
                "secret"));
        LdapSettings s = LdapSettings.effective(platform, org);
        assertThat(s.url()).isEqualTo("ldaps://org.example.com:636");
        assertThat(s.uidAttribute()).isEqualTo("sAMAccountName");
        assertThat(s.value(LdapSettings.ATTR_EMAIL))
                .as("a blank value falls back")
                .isEqualTo("mail");
        assertThat(s.baseDn()).isEqualTo("dc=platform");
        assertThat(s.credentials()).isEqualTo("secret");
        assertThat(s.toString()).doesNotContain("secret").contains("ldaps://org.example.com:636");
    }

    @Test
    void keysAreKeptInTheOrderOfAppendixC() {
        Map<String, String> parsed = LdapSettings.parse(
                props("LDAP_CONTEXT_FACTORY", "x.Y", "LDAP_URL", "ldap://h", "LDAP_BASE_DN", "dc=a"));
        assertThat(parsed.keySet()).containsExactly("LDAP_URL", "LDAP_BASE_DN", "LDAP_CONTEXT_FACTORY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LDAP_URL", "LDAP_BASE_DN"})
    void aMissingRequiredKeyIsNamed(String missing) {
        Map<String, String> org =
                new LinkedHashMap<>(Map.of("LDAP_URL", "ldap://h:389", "LDAP_BASE_DN", "dc=example,dc=com"));
        org.remove(missing);
        ValidationException e = refused(() -> LdapSettings.effective(Map.of(), org));
        assertThat(e.messageKey()).isEqualTo("ldap.settings.required");
        assertThat(e.getMessage()).contains(missing);
        assertThat(e.localizedMessage(Locale.GERMAN)).contains(missing).contains("muss angegeben werden");
        assertThat(e.localizedMessage(Locale.JAPANESE)).contains(missing).contains("指定する必要があります");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://h:389",
                "h:389",
                "ldap://",
                "ldap://h:389/dc=example,dc=com",
                "ldap://user@h:389",
                "ldap://h:99999",
                "ldap://h:389?x",
                "ftp://h"
            })
    void anUrlMustBeLdapOrLdapsWithAHostOnly(String url) {
        ValidationException e = refused(() -> LdapSettings.parse(props("LDAP_URL", url)));
        assertThat(e.messageKey()).isEqualTo("ldap.settings.url");
        assertThat(e.getMessage()).contains("LDAP_URL").contains(url);
        assertThat(e.localizedMessage(Locale.JAPANESE)).contains("LDAP_URL");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ldap://h",
                "ldap://h:389",
                "ldaps://dir.example.com:636/",
                "ldap://127.0.0.1:10389",
                "ldap://[::1]:389"
            })
    void goodUrls(String url) {
        assertThat(LdapSettings.parse(props("LDAP_URL", url))).containsEntry("LDAP_URL", url);
    }

    @Test
    void aBaseDnMustBeADistinguishedName() {
        ValidationException e = refused(() -> LdapSettings.parse(props("LDAP_BASE_DN", "people at example")));
        assertThat(e.messageKey()).isEqualTo("ldap.settings.dn");
        assertThat(e.getMessage()).contains("LDAP_BASE_DN");
        assertThat(LdapSettings.parse(props("LDAP_BASE_DN", "ou=people,dc=est,dc=mycompany, dc=de")))
                .containsKey("LDAP_BASE_DN");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "LDAP_ATTR_UID",
                "LDAP_ATTR_EMAIL",
                "LDAP_ATTR_FIRST_NAME",
                "LDAP_ATTR_LAST_NAME",
                "LDAP_ATTR_ADDITIONAL_NAME",
                "LDAP_ATTR_LOCALE"
            })
    void attributeNamesCannotCarryFilterSyntax(String key) {
        for (String bad : new String[] {"uid)(objectClass=*", "uid=x", "*", "sn cn", "1uid"}) {
            ValidationException e = refused(() -> LdapSettings.parse(props(key, bad)));
            assertThat(e.messageKey()).isEqualTo("ldap.settings.attribute");
            assertThat(e.getMessage()).contains(key);
        }
        assertThat(LdapSettings.parse(props(key, "scalixEmailAddress"))).containsEntry(key, "scalixEmailAddress");
        assertThat(LdapSettings.parse(props(key, "2.5.4.4"))).containsEntry(key, "2.5.4.4");
    }

    @Test
    void theContextFactoryMustBeAClassName() {
        assertThat(refused(() -> LdapSettings.parse(props("LDAP_CONTEXT_FACTORY", "not a class")))
                        .messageKey())
                .isEqualTo("ldap.settings.className");
    }

    @Test
    void unknownKeysAreRefusedAndListed() {
        ValidationException e =
                refused(() -> LdapSettings.parse(props("LDAP_URL", "ldap://h", "LDAP_SERACH_BASE", "x")));
        assertThat(e.messageKey()).isEqualTo("ldap.settings.unknownKeys");
        assertThat(e.getMessage()).contains("LDAP_SERACH_BASE").contains("LDAP_BASE_DN");
    }

    @Test
    void overlongValuesAreRefused() {
        ValidationException e = refused(() -> LdapSettings.parse(props("LDAP_CREDENTIALS", "x".repeat(4001))));
        assertThat(e.messageKey()).isEqualTo("ldap.settings.tooLong");
        assertThat(e.getMessage()).contains("LDAP_CREDENTIALS").contains("4000");
    }

    @Test
    void aFileIsReadAsUtf8AndRefusedOtherwise() {
        String text = "LDAP_URL=ldap://h:389\nLDAP_BASE_DN=ou=営業,dc=example,dc=jp\n";
        Map<String, String> read = LdapSettingsFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "org-ldap.properties");
        assertThat(read).containsEntry("LDAP_BASE_DN", "ou=営業,dc=example,dc=jp");
        byte[] latin1 = "LDAP_BASE_DN=ou=M\u00fcnchen,dc=de\n".getBytes(StandardCharsets.ISO_8859_1);
        ValidationException e =
                refused(() -> LdapSettingsFile.read(new ByteArrayInputStream(latin1), "org-ldap.properties"));
        assertThat(e.messageKey()).isEqualTo("ldap.settings.notUtf8");
        assertThat(e.getMessage()).contains("org-ldap.properties");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> LdapSettingsFile.read(java.nio.file.Path.of("/nonexistent/ldap.properties")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/nonexistent/ldap.properties");
    }
}
