package org.bss.billing.vat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.billing.vat.VatView.CountryRate;
import org.bss.billing.vat.VatView.CustomerRate;
import org.bss.common.BssException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A supplier's VAT settings: versions, rates only with VAT support, customers only its own, refused changes nothing. */
class SupplierVatServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private SupplierVatService vat;
    private String strangerId;

    @BeforeEach
    void supplier() {
        strangerId = bss.inTransaction(em -> {
            Organization supplier = TestData.organization(em, "Supplier", OrganizationRole.SUPPLIER);
            TestData.user(em, supplier, "manager", Roles.SERVICE_MANAGER);
            Organization customer = TestData.organization(em, "Customer");
            TestData.user(em, customer, "customer-admin", Roles.ORGANIZATION_ADMIN);
            return TestData.organization(em, "Stranger").getOrgId();
        });
        vat = bss.bean(SupplierVatService.class);
        bss.callerIs("id:manager", Roles.SERVICE_MANAGER);
    }

    @Test
    void aChangeOfTheRatesAloneIsANewVersionAndAStaleOneIsRefused() {
        VatView first = bss.call(() -> vat.replace(on("10", List.of()), null));
        VatView second =
                bss.call(() -> vat.replace(on("10", List.of(new CountryRate("DE", BigDecimal.ONE))), first.version()));

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(refused(() -> vat.replace(on("10", List.of()), first.version())))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(bss.call(() -> vat.get()).countryRates())
                .containsExactly(new CountryRate("DE", new BigDecimal("1.00")));
    }

    @Test
    void ratesNeedVatSupportAndCustomersMustBeOwnAndNothingChangesWhenRefused() {
        assertThat(refused(() -> vat.saveCountries(List.of(new CountryRate("DE", BigDecimal.TEN)))))
                .isInstanceOf(ValidationException.class)
                .extracting(BssException::messageKey)
                .isEqualTo("billing.vat.notSupported");
        bss.run(() -> vat.saveDefault(new BigDecimal("19")));

        assertThat(refused(() -> vat.saveCustomers(List.of(new CustomerRate(strangerId, BigDecimal.ONE)))))
                .isInstanceOf(OperationNotPermittedException.class);
        assertThat(refused(() -> vat.replace(
                        on("20", List.of(new CountryRate("DE", BigDecimal.ONE), new CountryRate("XX", BigDecimal.ONE))),
                        null)))
                .isInstanceOf(ValidationException.class);
        VatView after = bss.call(() -> vat.get());
        assertThat(after.defaultRate()).isEqualByComparingTo("19");
        assertThat(after.countryRates()).isEmpty();
    }

    @Test
    void onlySuppliersHaveVat() {
        bss.callerIs("id:customer-admin", Roles.SERVICE_MANAGER);

        assertThat(refused(() -> vat.get()))
                .isInstanceOf(OperationNotPermittedException.class)
                .extracting(BssException::messageKey)
                .isEqualTo("billing.notSupplier");
    }

    private static VatView on(String rate, List<CountryRate> countries) {
        return new VatView(true, new BigDecimal(rate), countries, List.of(), null);
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }
}
