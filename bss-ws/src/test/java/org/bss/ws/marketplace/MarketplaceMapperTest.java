package org.bss.ws.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.bss.catalog.ServiceStatus;
import org.bss.common.ValidationException;
import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.MarketplaceView;
import org.bss.marketplace.PublicationView;
import org.bss.marketplace.Supplier;
import org.bss.ws.vo.VOCatalogEntry;
import org.bss.ws.vo.VOMarketplace;
import org.bss.ws.vo.VOOrganization;
import org.junit.jupiter.api.Test;

class MarketplaceMapperTest {

    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

    private final MarketplaceView view = new MarketplaceView(
            7L,
            "mp1",
            "Market",
            false,
            "org1",
            "Org One",
            true,
            false,
            true,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            3,
            T,
            T);

    @Test
    void aMarketplaceCarriesItsPublicFieldsKeyAndVersion() {
        VOMarketplace vo = MarketplaceMapper.toVO(view);

        assertThat(vo.getKey()).isEqualTo(7L);
        assertThat(vo.getVersion()).isEqualTo(3);
        assertThat(vo.getMarketplaceId()).isEqualTo("mp1");
        assertThat(vo.getName()).isEqualTo("Market");
        assertThat(vo.isOpen()).isFalse();
        assertThat(vo.getOwningOrganizationId()).isEqualTo("org1");
        assertThat(vo.getOwningOrganizationName()).isEqualTo("Org One");
        assertThat(vo.isTaggingEnabled()).isTrue();
        assertThat(vo.isReviewEnabled()).isFalse();
        assertThat(vo.isCategoriesEnabled()).isTrue();
    }

    @Test
    void theSettingsComeBackFromTheVoAndItsNameIsChecked() {
        MarketplaceSettings settings = MarketplaceMapper.settings(MarketplaceMapper.toVO(view));

        assertThat(settings).isEqualTo(new MarketplaceSettings("Market", false, true, false, true));
        VOMarketplace unnamed = MarketplaceMapper.toVO(view);
        unnamed.setName(" ");
        assertThatThrownBy(() -> MarketplaceMapper.settings(unnamed)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aPublicationIsACatalogEntryOfItsMarketplaceNamingTheServiceByKey() {
        VOCatalogEntry entry = MarketplaceMapper.toVO(
                new PublicationView(42L, "mp1", "Market", true, T, ServiceStatus.INACTIVE), view);

        assertThat(entry.getMarketplace().getMarketplaceId()).isEqualTo("mp1");
        assertThat(entry.getService().getKey()).isEqualTo(42L);
        assertThat(entry.isVisibleInCatalog()).isTrue();
        assertThat(entry.isAnonymousVisible()).isFalse();
        assertThat(entry.getCategories()).isEmpty();
    }

    @Test
    void aSupplierIsAnOrganizationWithKeyIdAndName() {
        VOOrganization vo = MarketplaceMapper.toVO(new Supplier(5L, "sup", "Supplier"));

        assertThat(vo.getKey()).isEqualTo(5L);
        assertThat(vo.getOrganizationId()).isEqualTo("sup");
        assertThat(vo.getName()).isEqualTo("Supplier");
    }
}
