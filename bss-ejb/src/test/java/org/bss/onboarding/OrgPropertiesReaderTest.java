package org.bss.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bss.account.OrganizationDataValidator;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationRoleRules;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgPropertiesReaderTest {

    private static final String JAPANESE = """
            # 組織の作成
            user.identifier=yamada
            user.email=yamada@example.co.jp
            user.firstname=太郎
            user.lastname=山田
            user.additionalname=ヤマダ
            user.address=東京都港区1-2-3
            user.phon=03-1234-5678
            user.locale=ja
            user.salutation=MR
            organization.name=株式会社サンプル商事
            organization.email=info@example.co.jp
            organization.address=東京都港区1-2-3
            organization.domicile=JP
            organization.locale=ja
            organization.phone=+81 3 1234 5678
            organization.url=https://www.example.co.jp
            organization.description=クラウドサービスを提供します。
            organization.roles=TECHNOLOGY_PROVIDER,SUPPLIER
            organization.operatorrevshare=15.25
            organization.settings=/opt/bss/ldap.properties
            """;

    private static ValidationException refused(String text, String key) {
        ValidationException[] out = new ValidationException[1];
        assertThatThrownBy(() -> OrgPropertiesReader.read(new StringReader(text), "org.properties"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    out[0] = e;
                });
        return out[0];
    }

    @Test
    void readsAJapaneseOrganizationFromAUtf8File(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("org.properties");
        Files.writeString(file, JAPANESE, StandardCharsets.UTF_8);
        OrgProperties p = OrgPropertiesReader.read(file);

        assertThat(p.organization().name()).isEqualTo("株式会社サンプル商事");
        assertThat(p.organization().description()).isEqualTo("クラウドサービスを提供します。");
        assertThat(p.organization().domicile()).isEqualTo("JP");
        assertThat(p.administrator().userId()).isEqualTo("yamada");
        assertThat(p.administrator().firstName()).isEqualTo("太郎");
        assertThat(p.administrator().lastName()).isEqualTo("山田");
        assertThat(p.administrator().phone()).isEqualTo("03-1234-5678"); // user.phon accepted
        assertThat(p.roles())
                .containsExactlyInAnyOrder(OrganizationRole.TECHNOLOGY_PROVIDER, OrganizationRole.SUPPLIER);
        assertThat(p.operatorRevenueShare()).isEqualByComparingTo(new BigDecimal("15.25"));
        assertThat(p.settingsPath()).isEqualTo("/opt/bss/ldap.properties");
        assertThat(p.marketplaceId()).isNull();
        assertThat(p.organizationId()).isNull();

        // the content passes the validator and the role rules
        OrganizationDataValidator.validate(p.organization());
        FirstAdministrator.validate(p.administrator());
        OrganizationRoleRules.checkNew(p.roles(), p.marketplaceId(), p.operatorRevenueShare());
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "organization.name=Müller\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> OrgPropertiesReader.read(new ByteArrayInputStream(latin1), "org.properties"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.properties.notUtf8"));
    }

    @Test
    void customerWithMarketplaceAndUserPhone() {
        OrgProperties p = OrgPropertiesReader.read(new StringReader("""
                user.identifier=c1
                user.email=c1@example.com
                user.salutation=MS
                user.phone=123
                organization.name=Customer
                organization.marketplaceid=mp-01
                organization.id=abcd1234
                """), "org.properties");
        assertThat(p.roles()).isEmpty();
        assertThat(p.marketplaceId()).isEqualTo("mp-01");
        assertThat(p.administrator().phone()).isEqualTo("123");
        assertThat(p.organizationId()).isEqualTo("abcd1234");
        assertThat(p.organization().email()).isNull();
    }

    @Test
    void aSpaceInTheRoleListIsRefusedNamingTheKey() {
        ValidationException e = refused("organization.roles=TECHNOLOGY_PROVIDER, SUPPLIER\n", "account.roles.spaces");
        assertThat(e.getMessage()).contains("organization.roles");
        refused("organization.roles=SUPPLIER,,BROKER\n", "account.roles.spaces");
        refused("organization.roles=SUPPLIER \n", "account.roles.spaces");
    }

    @Test
    void unknownRolesAndKeys() {
        ValidationException e = refused("organization.roles=SUPPLIER,Reseller\n", "account.role.unknown");
        assertThat(e.getMessage()).contains("Reseller", "organization.roles");
        e = refused("organization.name=x\nuser.fax=1\norganisation.name=y\n", "account.properties.unknownKeys");
        assertThat(e.getMessage()).contains("organisation.name, user.fax");
    }

    @Test
    void badRevenueShares() {
        refused("organization.operatorrevshare=abc\n", "account.revenueShare.invalid");
        refused("organization.operatorrevshare=101\n", "account.revenueShare.invalid");
        refused("organization.operatorrevshare=10.123\n", "account.revenueShare.invalid");
    }

    @Test
    void phoneGivenTwiceDifferently() {
        refused("user.phone=1\nuser.phon=2\n", "account.properties.phoneTwice");
    }

    @Test
    void blankValuesAreStrippedAndEmptyOrganizationFieldsAreGivenEmpty() {
        OrgProperties p = OrgPropertiesReader.read(
                new StringReader("organization.name=  X  \norganization.email=\norganization.roles=\nuser.email= \n"),
                "f");
        assertThat(p.organization().name()).isEqualTo("X");
        assertThat(p.organization().email()).isEmpty(); // updateorganization clears it
        assertThat(p.organization().phone()).isNull(); // not given: kept by an update
        assertThat(p.administrator().email()).isNull();
        assertThat(p.roles()).isEmpty();
    }
}
