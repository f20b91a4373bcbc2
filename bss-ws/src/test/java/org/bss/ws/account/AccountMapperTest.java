package org.bss.ws.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationView;
import org.bss.ws.vo.VOOrganization;
import org.junit.jupiter.api.Test;

class AccountMapperTest {

    private static OrganizationView view() {
        return new OrganizationView(
                10007,
                "0a1b2c3d",
                "Beispiel GmbH",
                "info@example.de",
                "Hauptstr. 1",
                "+49 89 1234",
                "https://example.de",
                "Beschreibung",
                "DE",
                "de",
                new TreeSet<>(Set.of("SUPPLIER")),
                "mp1",
                new BigDecimal("15.25"),
                "CN=a,O=b,C=DE",
                "INVOICE",
                Instant.EPOCH,
                3);
    }

    @Test
    void theOrganizationCarriesItsKeyVersionIdAndTheFieldsOfTable52() {
        VOOrganization vo = AccountMapper.toVO(view());

        assertThat(vo.getKey()).isEqualTo(10007);
        assertThat(vo.getVersion()).isEqualTo(3);
        assertThat(vo.getOrganizationId()).isEqualTo("0a1b2c3d");
        assertThat(vo.getName()).isEqualTo("Beispiel GmbH");
        assertThat(vo.getEmail()).isEqualTo("info@example.de");
        assertThat(vo.getAddress()).isEqualTo("Hauptstr. 1");
        assertThat(vo.getPhone()).isEqualTo("+49 89 1234");
        assertThat(vo.getUrl()).isEqualTo("https://example.de");
        assertThat(vo.getDescription()).isEqualTo("Beschreibung");
        assertThat(vo.getDomicileCountry()).isEqualTo("DE");
        assertThat(vo.getLocale()).isEqualTo("de");
        assertThat(vo.getDistinguishedName()).isEqualTo("CN=a,O=b,C=DE");
        assertThat(vo.isImageDefined()).isFalse();
        assertThat(vo.getNameSpace()).isNull();
        assertThat(vo.getSupportEmail()).isNull();
    }

    @Test
    void aSentOrganizationBecomesItsDataAndLeftOutFieldsStayNull() {
        VOOrganization vo = new VOOrganization();
        vo.setName("Neu AG");
        vo.setDomicileCountry("AT");
        vo.setLocale("de");

        assertThat(AccountMapper.toData(vo))
                .isEqualTo(new OrganizationData("Neu AG", null, null, null, null, null, "AT", "de"));
    }
}
