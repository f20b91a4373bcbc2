package org.bss.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bss.account.OrganizationRole.PLATFORM_OPERATOR;
import static org.bss.account.OrganizationRole.SUPPLIER;
import static org.bss.account.OrganizationRole.TECHNOLOGY_PROVIDER;

import java.io.StringReader;
import java.util.EnumSet;
import org.bss.account.OrganizationRole;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

/** The create/update rules of an org.properties file (ORG-4, ORG-5). */
class OrgPropertiesTest {

    private static OrgProperties read(String text) {
        return OrgPropertiesReader.read(new StringReader(text), "org.properties");
    }

    private static ValidationException refused(Runnable r, String key) {
        ValidationException[] out = new ValidationException[1];
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            out[0] = e;
        });
        return out[0];
    }

    @Test
    void aCreateFileHasNoIdAndItsLdapSettingsComeWithIt() {
        assertThatCode(() -> read("organization.name=A\n").checkForCreate(false))
                .doesNotThrowAnyException();
        assertThat(refused(() -> read("organization.id=abc\n").checkForCreate(false), "account.properties.idOnCreate")
                        .getMessage())
                .contains("organization.id");
        assertThat(refused(
                                () -> read("organization.settings=/x/ldap.properties\n")
                                        .checkForCreate(false),
                                "account.settings.notSent")
                        .getMessage())
                .contains("organization.settings", "/x/ldap.properties");
        assertThatCode(() -> read("organization.settings=/x/ldap.properties\n").checkForCreate(true))
                .doesNotThrowAnyException();
        assertThatCode(() -> read("organization.name=A\n").checkForCreate(true)).doesNotThrowAnyException();
    }

    @Test
    void anUpdateFileNamesTheOrganization() {
        refused(() -> read("organization.name=A\n").update(), "account.properties.idRequired");
    }

    @Test
    void theCreationFileMayBeReusedForTheUpdate() {
        OrgProperties p = read(
                "organization.id=abc\norganization.roles=SUPPLIER,TECHNOLOGY_PROVIDER\norganization.operatorrevshare=5\n");
        assertThatCode(() -> p.update().check(EnumSet.of(TECHNOLOGY_PROVIDER, SUPPLIER), null))
                .doesNotThrowAnyException();
        // the operator organization's PLATFORM_OPERATOR is not grantable and not compared
        assertThatCode(() -> p.update().check(EnumSet.of(TECHNOLOGY_PROVIDER, SUPPLIER, PLATFORM_OPERATOR), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> read("organization.id=abc\norganization.marketplaceid=mp1\n")
                        .update()
                        .check(EnumSet.noneOf(OrganizationRole.class), "mp1"))
                .doesNotThrowAnyException();
        // settings name a file on the operator's machine: not compared
        assertThatCode(() -> read("organization.id=abc\norganization.settings=/x\n")
                        .update()
                        .check(EnumSet.noneOf(OrganizationRole.class), null))
                .doesNotThrowAnyException();
    }

    @Test
    void rolesAndMarketplaceCannotChangeByAnUpdate() {
        ValidationException e = refused(
                () -> read("organization.id=abc\norganization.roles=SUPPLIER\n")
                        .update()
                        .check(EnumSet.of(TECHNOLOGY_PROVIDER, SUPPLIER), null),
                "account.update.unchangeable");
        assertThat(e.getMessage())
                .contains("organization.roles", "SUPPLIER", "TECHNOLOGY_PROVIDER,SUPPLIER", "addorganizationtorole");
        e = refused(
                () -> read("organization.id=abc\norganization.marketplaceid=other\n")
                        .update()
                        .check(EnumSet.noneOf(OrganizationRole.class), "mp1"),
                "account.update.unchangeable");
        assertThat(e.getMessage()).contains("organization.marketplaceid", "other", "mp1");
    }

    @Test
    void anEmptyOrganizationValueIsGivenEmptyAndAMissingOneIsNull() {
        OrgProperties p = read("organization.id=abc\norganization.phone=\norganization.url=  \nuser.firstname=\n");
        assertThat(p.organization().phone()).isEmpty();
        assertThat(p.organization().url()).isEmpty();
        assertThat(p.organization().email()).isNull();
        assertThat(p.administrator().firstName()).isNull();
    }
}
