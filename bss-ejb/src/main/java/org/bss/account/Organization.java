package org.bss.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.bss.common.persistence.InstantConverter;

/**
 * An organization (table organization; its roles in organization_role): the fields of table 5.2 (V2), the
 * marketplace id of a customer organization, the operator revenue share of a supplier (ORG-3), the distinguished
 * name of certificate callers (ORG-8) and the available payment types.
 */
@Entity
@Table(name = "organization")
public class Organization {

    /** Organization role of the platform operator (ORG-1). */
    public static final String ROLE_PLATFORM_OPERATOR = "PLATFORM_OPERATOR";
    /** org_id of the operator organization created by the bootstrap migration. */
    public static final String OPERATOR_ORG_ID = "PLATFORM_OPERATOR";

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @Column(name = "org_key")
    private long key;

    @Column(name = "org_id", nullable = false, unique = true, length = 100)
    private String orgId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "email", length = 100)
    private String email;

    @Column(name = "locale", nullable = false, length = 16)
    private String locale;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "address", length = 255)
    private String address;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "url", length = 255)
    private String url;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "domicile", length = 2)
    private String domicile;

    @Column(name = "marketplace_id", length = 100)
    private String marketplaceId;

    @Column(name = "operator_revenue_share", precision = 5, scale = 2)
    private BigDecimal operatorRevenueShare;

    @Column(name = "distinguished_name", length = 255, unique = true)
    private String distinguishedName;

    @Column(name = "payment_types", length = 255)
    private String paymentTypes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_role", joinColumns = @JoinColumn(name = "org_key"))
    @Column(name = "role_name", length = 32)
    private Set<String> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organization() {}

    public Organization(String orgId, String name, String locale, Instant createdAt) {
        this.orgId = orgId;
        this.name = name;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    public long getKey() {
        return key;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return roles;
    }

    /** The roles as {@link OrganizationRole}s (names BSS does not know are left out). */
    public Set<OrganizationRole> organizationRoles() {
        EnumSet<OrganizationRole> result = EnumSet.noneOf(OrganizationRole.class);
        for (OrganizationRole role : OrganizationRole.values()) {
            if (roles.contains(role.name())) {
                result.add(role);
            }
        }
        return result;
    }

    public boolean isOperator() {
        return roles.contains(ROLE_PLATFORM_OPERATOR) || OPERATOR_ORG_ID.equals(orgId);
    }

    public long getVersion() {
        return version;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public BigDecimal getOperatorRevenueShare() {
        return operatorRevenueShare;
    }

    public void setOperatorRevenueShare(BigDecimal operatorRevenueShare) {
        this.operatorRevenueShare = operatorRevenueShare;
    }

    public String getDistinguishedName() {
        return distinguishedName;
    }

    public void setDistinguishedName(String distinguishedName) {
        this.distinguishedName = distinguishedName;
    }

    /** Available payment types, comma-separated in {@link PaymentType} order (addavailablepaymenttypes). */
    public String getPaymentTypes() {
        return paymentTypes;
    }

    public Set<PaymentType> availablePaymentTypes() {
        return PaymentType.fromStored(paymentTypes);
    }

    /** Adds payment types to the available ones (a union: types already available stay). */
    public void addPaymentTypes(Set<PaymentType> added) {
        Set<PaymentType> all = availablePaymentTypes();
        all.addAll(added);
        this.paymentTypes = PaymentType.toStored(all);
    }
}
