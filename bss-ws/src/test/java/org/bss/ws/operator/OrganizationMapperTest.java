package org.bss.ws.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.bss.account.CreatedOrganization;
import org.bss.account.OrganizationView;
import org.bss.ws.vo.VOOperatorOrganization;
import org.bss.ws.vo.VOOrganizationRegistration;
import org.bss.ws.vo.VOPaymentType;
import org.junit.jupiter.api.Test;

class OrganizationMapperTest {

    private static OrganizationView view() {
        return new OrganizationView(
                10007,
                "0a1b2c3d",
                "株式会社サンプル",
                "info@example.co.jp",
                "東京都",
                "+81 3 1234",
                "https://example.co.jp",
                "説明",
                "JP",
                "ja",
                new TreeSet<>(Set.of("SUPPLIER", "TECHNOLOGY_PROVIDER")),
                null,
                new BigDecimal("15.25"),
                "CN=a,O=b,C=JP",
                "INVOICE,DIRECT_DEBIT",
                Instant.EPOCH,
                3);
    }

    @Test
    void theOperatorViewCarriesEveryField() {
        VOOperatorOrganization vo = OrganizationMapper.toVO(view());

        assertThat(vo.getKey()).isEqualTo(10007);
        assertThat(vo.getVersion()).isEqualTo(3);
        assertThat(vo.getOrganizationId()).isEqualTo("0a1b2c3d");
        assertThat(vo.getName()).isEqualTo("株式会社サンプル");
        assertThat(vo.getDomicileCountry()).isEqualTo("JP");
        assertThat(vo.getDistinguishedName()).isEqualTo("CN=a,O=b,C=JP");
        assertThat(vo.getOperatorRevenueShare()).isEqualByComparingTo("15.25");
        assertThat(vo.getOrganizationRoles()).containsExactly("SUPPLIER", "TECHNOLOGY_PROVIDER");
        assertThat(vo.isImageDefined()).isFalse();
        assertThat(vo.getPaymentTypes())
                .extracting(VOPaymentType::getPaymentTypeId)
                .containsExactly("INVOICE", "DIRECT_DEBIT");
        assertThat(vo.getPaymentTypes())
                .extracting(VOPaymentType::getCollectionType)
                .containsExactly("ORGANIZATION", "PAYMENT_SERVICE_PROVIDER");
    }

    @Test
    void theRegistrationCarriesTheAdministrator() {
        VOOrganizationRegistration vo =
                OrganizationMapper.toVO(new CreatedOrganization(view(), "yamada", 10042, "pw12"));
        assertThat(vo.getAdministratorUserId()).isEqualTo("yamada");
        assertThat(vo.getAdministratorUserKey()).isEqualTo(10042);
        assertThat(vo.getInitialPassword()).isEqualTo("pw12");
        assertThat(vo.getOrganization().getOrganizationId()).isEqualTo("0a1b2c3d");
    }
}
