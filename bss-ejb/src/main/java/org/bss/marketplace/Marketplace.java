package org.bss.marketplace;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.common.ConflictException;
import org.bss.common.persistence.InstantConverter;

/**
 * A marketplace (table marketplace, MKT-1): its generated id, settings, owner organization and who may publish on it
 * (MKT-2). Open: every supplier but those banned; restricted: only those granted. Revenue shares start at 0 as in the
 * original; the operator's settings for them come later.
 */
@Entity
@Table(name = "marketplace")
public class Marketplace {

    @Id
    @SequenceGenerator(name = "marketplace_seq", sequenceName = "marketplace_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marketplace_seq")
    @Column(name = "marketplace_key")
    private long key;

    @Column(name = "marketplace_id", nullable = false, unique = true, length = MarketplaceIds.MAX)
    private String marketplaceId;

    @Column(name = "name", nullable = false, length = MarketplaceSettings.NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "org_key", nullable = false)
    private Organization owner;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "tagging_enabled", nullable = false)
    private boolean taggingEnabled;

    @Column(name = "review_enabled", nullable = false)
    private boolean reviewEnabled;

    @Column(name = "categories_enabled", nullable = false)
    private boolean categoriesEnabled;

    @Column(name = "marketplace_revenue_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal marketplaceRevenueShare = BigDecimal.ZERO;

    @Column(name = "reseller_revenue_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal resellerRevenueShare = BigDecimal.ZERO;

    @Column(name = "broker_revenue_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal brokerRevenueShare = BigDecimal.ZERO;

    @Column(name = "branding_url", length = BrandingUrl.MAX)
    private String brandingUrl;

    @Column(name = "tracking_code", length = TrackingCode.MAX)
    private String trackingCode;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "marketplace_supplier", joinColumns = @JoinColumn(name = "marketplace_key"))
    private List<SupplierAccess> suppliers = new ArrayList<>();

    protected Marketplace() {}

    Marketplace(String marketplaceId, Organization owner, MarketplaceSettings settings, Instant now) {
        this.marketplaceId = marketplaceId;
        this.owner = owner;
        this.createdAt = now;
        change(settings, now);
    }

    /** Takes new settings; suppliers granted or banned keep their rows whatever the marketplace becomes. */
    final void change(MarketplaceSettings settings, Instant now) {
        this.name = settings.name();
        this.open = settings.open();
        this.taggingEnabled = settings.taggingEnabled();
        this.reviewEnabled = settings.reviewEnabled();
        this.categoriesEnabled = settings.categoriesEnabled();
        this.updatedAt = now;
    }

    /** The stylesheet of its service portal pages ({@link BrandingUrl}); null: the portal's own. */
    void brand(String url, Instant now) {
        this.brandingUrl = BrandingUrl.check(url);
        this.updatedAt = now;
    }

    /** The snippet written into its service portal pages ({@link TrackingCode}); null: none. */
    void track(String code, Instant now) {
        this.trackingCode = TrackingCode.check(code);
        this.updatedAt = now;
    }

    /** @return the previous owner */
    Organization reassign(Organization newOwner, Instant now) {
        Organization previous = owner;
        this.owner = newOwner;
        this.updatedAt = now;
        return previous;
    }

    /**
     * Lets a supplier publish on this restricted marketplace (a ban left from when it was open becomes a grant).
     *
     * @throws ConflictException the marketplace is open, or the supplier is granted already
     */
    void grant(long orgKey, String orgId) {
        if (open) {
            throw new ConflictException("marketplace.supplier.notRestricted", marketplaceId);
        }
        set(orgKey, orgId, PublishingAccess.GRANTED, "marketplace.supplier.alreadyGranted");
    }

    /**
     * Keeps a supplier from publishing on this open marketplace (a grant left from when it was restricted becomes a
     * ban).
     *
     * @throws ConflictException the marketplace is restricted, or the supplier is banned already
     */
    void ban(long orgKey, String orgId) {
        if (!open) {
            throw new ConflictException("marketplace.supplier.notOpen", marketplaceId);
        }
        set(orgKey, orgId, PublishingAccess.BANNED, "marketplace.supplier.alreadyBanned");
    }

    /** Takes a grant back (restricted); a supplier not granted is no change. */
    void revoke(long orgKey) {
        if (open) {
            throw new ConflictException("marketplace.supplier.notRestricted", marketplaceId);
        }
        suppliers.removeIf(s -> s.orgKey() == orgKey && s.access() == PublishingAccess.GRANTED);
    }

    /** Lifts a ban (open); a supplier not banned is no change. */
    void liftBan(long orgKey) {
        if (!open) {
            throw new ConflictException("marketplace.supplier.notOpen", marketplaceId);
        }
        suppliers.removeIf(s -> s.orgKey() == orgKey && s.access() == PublishingAccess.BANNED);
    }

    /** Drops whatever row names the organization (it is being deleted). */
    void forgetSupplier(long orgKey) {
        suppliers.removeIf(s -> s.orgKey() == orgKey);
    }

    /**
     * The owner may publish on its own marketplace, as in the original: a grant when it sells (SUPPLIER, RESELLER,
     * BROKER) and has no row yet.
     */
    void grantOwner() {
        if (Sellers.isSeller(owner) && access(owner.getKey()).isEmpty()) {
            suppliers.add(new SupplierAccess(owner.getKey(), PublishingAccess.GRANTED));
        }
    }

    /** Whether the organization may publish here now: open and not banned, or restricted and granted. */
    public boolean mayPublish(long orgKey) {
        Optional<PublishingAccess> access = access(orgKey);
        return open
                ? access.filter(a -> a == PublishingAccess.BANNED).isEmpty()
                : access.filter(a -> a == PublishingAccess.GRANTED).isPresent();
    }

    /** The keys of the organizations with this access, in the order they got it. */
    List<Long> supplierKeys(PublishingAccess access) {
        return suppliers.stream()
                .filter(s -> s.access() == access)
                .map(SupplierAccess::orgKey)
                .toList();
    }

    private void set(long orgKey, String orgId, PublishingAccess access, String alreadyKey) {
        Optional<SupplierAccess> row =
                suppliers.stream().filter(s -> s.orgKey() == orgKey).findFirst();
        if (row.isEmpty()) {
            suppliers.add(new SupplierAccess(orgKey, access));
        } else if (row.get().access() == access) {
            throw new ConflictException(alreadyKey, orgId, marketplaceId);
        } else {
            row.get().setAccess(access);
        }
    }

    private Optional<PublishingAccess> access(long orgKey) {
        return suppliers.stream()
                .filter(s -> s.orgKey() == orgKey)
                .map(SupplierAccess::access)
                .findFirst();
    }

    public long getKey() {
        return key;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public String getName() {
        return name;
    }

    public Organization getOwner() {
        return owner;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isTaggingEnabled() {
        return taggingEnabled;
    }

    public boolean isReviewEnabled() {
        return reviewEnabled;
    }

    public boolean isCategoriesEnabled() {
        return categoriesEnabled;
    }

    public BigDecimal getMarketplaceRevenueShare() {
        return marketplaceRevenueShare;
    }

    public BigDecimal getResellerRevenueShare() {
        return resellerRevenueShare;
    }

    public BigDecimal getBrokerRevenueShare() {
        return brokerRevenueShare;
    }

    public String getBrandingUrl() {
        return brandingUrl;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
