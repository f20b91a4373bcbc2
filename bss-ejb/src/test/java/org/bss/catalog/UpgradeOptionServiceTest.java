package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.bss.audit.AuditOperation;
import org.bss.common.BssException;
import org.bss.common.ObjectNotFoundException;
import org.bss.config.ConfigKeys;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Up/downgrade options (SVC-2, App. D.3.10): the supplier's other services on the same technical service, set while
 * the service is inactive; every option added or withdrawn audited; a refused set changes nothing.
 */
class UpgradeOptionServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private UpgradeOptionService options;
    private long basic;
    private long pro;
    private long enterprise;

    @BeforeEach
    void threeServicesOnOneTechnicalService() {
        bss.setting(ConfigKeys.AUDIT_LOG_ENABLED, "true");
        shop = new ShopFixture(bss);
        options = bss.bean(UpgradeOptionService.class);
        basic = shop.service("basic");
        pro = sibling(basic, "pro");
        enterprise = sibling(basic, "enterprise");
    }

    @Test
    void optionsAreSetReplacedAndAudited() {
        shop.asSeller();
        assertThat(bss.call(() -> options.define(basic, List.of(pro, enterprise), "en")))
                .extracting(ServiceView::serviceId)
                .containsExactly("enterprise", "pro");
        assertThat(bss.call(() -> options.onUpgradePath(pro))).isTrue();
        assertThat(bss.call(() -> options.candidates(basic)))
                .extracting(c -> c.service().serviceId(), UpgradeCandidate::compatible)
                .containsExactlyInAnyOrder(tuple("pro", true), tuple("enterprise", true));

        bss.call(() -> options.define(basic, List.of(pro), "en"));

        assertThat(bss.call(() -> options.options(basic)))
                .extracting(ServiceView::serviceId)
                .containsExactly("pro");
        assertThat(bss.call(() -> options.onUpgradePath(enterprise))).isFalse();
        assertThat(bss.auditEntries(AuditOperation.DEFINE_UPGRADE_OPTIONS))
                .extracting(e -> e.getPairs().substring(e.getPairs().indexOf("serviceId=")))
                .containsExactly(
                        "serviceId=basic|serviceName=basic|targetId=pro|targetName=pro|upDownGrade=ON",
                        "serviceId=basic|serviceName=basic|targetId=enterprise|targetName=enterprise|upDownGrade=ON",
                        "serviceId=basic|serviceName=basic|targetId=enterprise|targetName=enterprise"
                                + "|upDownGrade=OFF");
    }

    @Test
    void anOptionOnAnotherTechnicalServiceOrItselfIsRefusedAndNothingChanges() {
        long other = shop.service("other");
        shop.asSeller();
        bss.call(() -> options.define(basic, List.of(pro), "en"));

        ServiceCompatibilityException refused = refused(
                () -> options.define(basic, List.of(enterprise, other), "en"), ServiceCompatibilityException.class);
        assertThat(refused.reason()).isEqualTo(ServiceCompatibilityException.Reason.TECH_SERVICE);
        assertThat(refused.messageKey()).isEqualTo("catalog.upgrade.technicalService");
        assertThat(refused(() -> options.define(basic, List.of(basic), "en"), ServiceCompatibilityException.class))
                .isNotNull();
        assertThat(refused(() -> options.define(basic, List.of(999_999L), "en"), ObjectNotFoundException.class))
                .isNotNull();
        assertThat(bss.call(() -> options.options(basic)))
                .extracting(ServiceView::serviceId)
                .containsExactly("pro");
    }

    @Test
    void optionsOfAServiceOnSaleStayAsTheyAre() {
        shop.publish(basic, shop.marketplaceId, true);
        shop.activate(basic);
        shop.asSeller();

        assertThat(refused(() -> options.define(basic, List.of(pro), "en"), ServiceStateException.class))
                .isNotNull();
        assertThat(bss.call(() -> options.options(basic))).isEmpty();
        assertThat(bss.auditEntries(AuditOperation.DEFINE_UPGRADE_OPTIONS)).isEmpty();
    }

    /** Defines another service of the seller on the technical service of {@code serviceKey}. */
    private long sibling(long serviceKey, String serviceId) {
        shop.asSeller();
        MarketableServiceService services = bss.bean(MarketableServiceService.class);
        long technical = bss.call(() -> services.get(serviceKey)).technicalServiceKey();
        return bss.call(() -> services.define(new NewService(
                        technical, serviceId, new ServiceTexts("en", serviceId, null, null), false, List.of())))
                .key();
    }

    private <T extends BssException> T refused(Runnable call, Class<T> type) {
        return catchThrowableOfType(type, () -> bss.run(call));
    }
}
