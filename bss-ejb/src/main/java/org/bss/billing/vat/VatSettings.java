package org.bss.billing.vat;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A supplier's VAT (table vat_setting and its rates): present means VAT support is on. The default rate applies to
 * every customer, a country's rate to customers domiciled there, a customer's rate to that customer (the engine
 * takes customer over country over default: billing.input.VatRates). Rates are checked by {@link VatRules}.
 */
@Entity
@Table(name = "vat_setting")
public class VatSettings {

    @Id
    @Column(name = "supplier_key")
    private long supplierKey;

    @Column(name = "default_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal defaultRate;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection
    @CollectionTable(name = "vat_country_rate", joinColumns = @JoinColumn(name = "supplier_key"))
    @MapKeyColumn(name = "country", length = 2)
    @Column(name = "rate", nullable = false, precision = 5, scale = 2)
    private Map<String, BigDecimal> countryRates = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "vat_customer_rate", joinColumns = @JoinColumn(name = "supplier_key"))
    @MapKeyColumn(name = "customer_key")
    @Column(name = "rate", nullable = false, precision = 5, scale = 2)
    private Map<Long, BigDecimal> customerRates = new TreeMap<>();

    protected VatSettings() {}

    public VatSettings(long supplierKey, BigDecimal defaultRate) {
        this.supplierKey = supplierKey;
        setDefaultRate(defaultRate);
    }

    public long getSupplierKey() {
        return supplierKey;
    }

    public BigDecimal getDefaultRate() {
        return defaultRate;
    }

    public final void setDefaultRate(BigDecimal rate) {
        this.defaultRate = VatRules.rate("defaultVat.rate", rate);
    }

    public int getVersion() {
        return version;
    }

    /** ISO country code to rate, by code. */
    public Map<String, BigDecimal> countryRates() {
        return new TreeMap<>(countryRates);
    }

    /** Customer organization key to rate. */
    public Map<Long, BigDecimal> customerRates() {
        return new TreeMap<>(customerRates);
    }

    /** Sets (or with a null rate removes) a country's rate. */
    public void countryRate(String country, BigDecimal rate) {
        String code = VatRules.country(country);
        if (rate == null) {
            countryRates.remove(code);
        } else {
            countryRates.put(code, VatRules.rate("countryVats.rate", rate));
        }
    }

    /** Sets (or with a null rate removes) a customer's rate. */
    public void customerRate(long customerKey, BigDecimal rate) {
        if (rate == null) {
            customerRates.remove(customerKey);
        } else {
            customerRates.put(customerKey, VatRules.rate("organizationVats.rate", rate));
        }
    }

    public BigDecimal countryRate(String country) {
        return country == null ? null : countryRates.get(country);
    }

    public BigDecimal customerRate(long customerKey) {
        return customerRates.get(customerKey);
    }

    /** Drops the rates of a customer that is gone. */
    public void forgetCustomer(long customerKey) {
        customerRates.remove(customerKey);
    }
}
