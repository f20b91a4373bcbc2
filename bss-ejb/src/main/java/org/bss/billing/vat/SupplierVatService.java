package org.bss.billing.vat;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.SupplierCustomers;
import org.bss.billing.vat.VatView.CountryRate;
import org.bss.billing.vat.VatView.CustomerRate;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;

/**
 * A supplier's VAT (SVC-3, G.2 Manage VAT, the contract's VatService): support on with a default rate, or off (which
 * drops every rate); rates per country and per customer of the supplier. A refused change changes nothing.
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class SupplierVatService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public VatView get() {
        Organization supplier = Suppliers.caller(em, context);
        VatSettings settings = em.find(VatSettings.class, supplier.getKey());
        return settings == null ? VatView.off() : VatViews.of(em, settings);
    }

    /**
     * Replaces the supplier's VAT with {@code vat} (REST PUT, G.2 page): off drops everything; on sets the default and
     * exactly the rates given.
     *
     * @param version the version read (null: whatever changed since)
     */
    public VatView replace(VatView vat, Integer version) {
        Organization supplier = Suppliers.caller(em, context);
        VatSettings settings = em.find(VatSettings.class, supplier.getKey());
        if (settings != null && version != null && settings.getVersion() != version) {
            throw new ConcurrentModificationException(
                    "billing.vat.stale",
                    supplier.getOrgId(),
                    String.valueOf(version),
                    String.valueOf(settings.getVersion()));
        }
        if (!vat.enabled()) {
            if (!vat.countryRates().isEmpty() || !vat.customerRates().isEmpty()) {
                throw new ValidationException("billing.vat.notSupported", "countryVats", supplier.getOrgId());
            }
            saveDefault(null);
            return VatView.off();
        }
        if (vat.defaultRate() == null) {
            throw new ValidationException("billing.vat.rate", "defaultVat.rate", "null");
        }
        saveDefault(vat.defaultRate());
        settings = em.find(VatSettings.class, supplier.getKey());
        for (String country : settings.countryRates().keySet()) {
            settings.countryRate(country, null);
        }
        for (Long customer : settings.customerRates().keySet()) {
            settings.customerRate(customer, null);
        }
        saveCountries(vat.countryRates());
        saveCustomers(vat.customerRates());
        changed(settings);
        return VatViews.of(em, settings);
    }

    /** Sets the default rate (VAT support on); null turns VAT support off and drops every rate. */
    public void saveDefault(BigDecimal rate) {
        Organization supplier = Suppliers.caller(em, context);
        VatSettings settings = em.find(VatSettings.class, supplier.getKey());
        if (rate == null) {
            if (settings != null) {
                em.remove(settings);
                em.flush();
            }
            return;
        }
        if (settings == null) {
            em.persist(new VatSettings(supplier.getKey(), rate));
        } else {
            settings.setDefaultRate(rate);
        }
        em.flush();
    }

    /** Sets the rates of countries; a null rate removes one. Needs VAT support. */
    public void saveCountries(List<CountryRate> rates) {
        if (rates == null || rates.isEmpty()) {
            return;
        }
        VatSettings settings = supported("countryVats");
        rates.forEach(r -> settings.countryRate(r.country(), r.rate()));
        changed(settings);
    }

    /** Sets the rates of customers; a null rate removes one. Needs VAT support; each must be the supplier's customer. */
    public void saveCustomers(List<CustomerRate> rates) {
        if (rates == null || rates.isEmpty()) {
            return;
        }
        Organization supplier = Suppliers.caller(em, context);
        VatSettings settings = supported("organizationVats");
        for (CustomerRate rate : rates) {
            Organization customer = customer(supplier, rate.organizationId());
            settings.customerRate(customer.getKey(), rate.rate());
        }
        changed(settings);
    }

    /** A change of the rates alone is a new version too (the rates are the settings' element collections). */
    private void changed(VatSettings settings) {
        em.lock(settings, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private VatSettings supported(String member) {
        Organization supplier = Suppliers.caller(em, context);
        VatSettings settings = em.find(VatSettings.class, supplier.getKey());
        if (settings == null) {
            throw new ValidationException("billing.vat.notSupported", member, supplier.getOrgId());
        }
        return settings;
    }

    private Organization customer(Organization supplier, String organizationId) {
        try {
            return SupplierCustomers.customer(em, supplier, organizationId);
        } catch (org.bss.common.ObjectNotFoundException e) {
            throw new OperationNotPermittedException(
                    "billing.vat.notCustomer", String.valueOf(organizationId), supplier.getOrgId());
        }
    }
}
