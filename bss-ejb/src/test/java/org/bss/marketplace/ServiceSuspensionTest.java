package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.catalog.MarketableServices;
import org.bss.catalog.ServiceStateException;
import org.bss.catalog.ServiceStatus;
import org.bss.common.BssException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The marketplace owner suspends a service on sale there and resumes it; nobody else, nothing else. */
class ServiceSuspensionTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private ServiceSuspension suspension;
    private long onSale;

    @BeforeEach
    void shop() {
        shop = new ShopFixture(bss);
        suspension = bss.bean(ServiceSuspension.class);
        onSale = shop.onSale("Meeting");
    }

    @Test
    void theOwnerSuspendsAndResumesAServiceOnSale() {
        shop.asSeller();
        OfferedService suspended = bss.call(() -> suspension.suspend(onSale));

        assertThat(suspended.service().status()).isEqualTo(ServiceStatus.SUSPENDED);
        assertThat(status(onSale)).isEqualTo(ServiceStatus.SUSPENDED);
        assertThat(refused(() -> suspension.suspend(onSale))).isInstanceOf(ServiceStateException.class);
        assertThat(bss.call(() -> suspension.resume(onSale)).service().status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(refused(() -> suspension.resume(onSale)).messageKey()).isEqualTo("catalog.service.notSuspended");
    }

    @Test
    void anotherOwnerACustomerAnUnpublishedOrUnknownServiceAreRefused() {
        long draft = shop.service("Draft");

        shop.asOtherOwner();
        assertThat(refused(() -> suspension.suspend(onSale))).isInstanceOf(OperationNotPermittedException.class);
        shop.asCustomerAdmin();
        assertThat(refused(() -> suspension.suspend(onSale)).messageKey()).isEqualTo("marketplace.suspend.ownerOnly");
        shop.asSeller();
        assertThat(refused(() -> suspension.suspend(draft))).isInstanceOf(OperationNotPermittedException.class);
        assertThat(refused(() -> suspension.suspend(999_999L))).isInstanceOf(ObjectNotFoundException.class);
        assertThat(status(onSale)).isEqualTo(ServiceStatus.ACTIVE);
    }

    private ServiceStatus status(long key) {
        return bss.inTransaction(
                em -> MarketableServices.find(em, key).orElseThrow().getStatus());
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }
}
