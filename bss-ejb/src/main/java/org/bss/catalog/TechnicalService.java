package org.bss.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bss.common.persistence.InstantConverter;

/**
 * A technical service of a technology provider (table technical_service): its id, access type and its definition,
 * kept in the technical-services format 1.9 (one service per document, ADR 0010).
 */
@Entity
@Table(name = "technical_service")
public class TechnicalService {

    @Id
    @SequenceGenerator(name = "technical_service_seq", sequenceName = "technical_service_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technical_service_seq")
    @Column(name = "ts_key")
    private long key;

    @Column(name = "org_key", nullable = false)
    private long orgKey;

    @Column(name = "ts_id", nullable = false, length = 40)
    private String tsId;

    @Column(name = "access_type", nullable = false, length = 16)
    private String accessType;

    @Column(name = "definition", nullable = false)
    private String definition;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The organization keys of the suppliers that may define services on it. */
    @ElementCollection
    @CollectionTable(name = "technical_service_supplier", joinColumns = @JoinColumn(name = "ts_key"))
    @Column(name = "org_key")
    private Set<Long> supplierKeys = new HashSet<>();

    protected TechnicalService() {}

    TechnicalService(long orgKey, TechnicalServiceDefinition definition, Instant now) {
        this.orgKey = orgKey;
        this.tsId = definition.id();
        this.createdAt = now;
        replace(definition, now);
    }

    /** Takes a new definition of the same id (a re-import). */
    final void replace(TechnicalServiceDefinition newDefinition, Instant now) {
        this.accessType = newDefinition.accessType().name();
        this.definition = new String(TechnicalServicesFile.write(List.of(newDefinition)), StandardCharsets.UTF_8);
        this.updatedAt = now;
    }

    public TechnicalServiceDefinition definition() {
        return TechnicalServicesFile.read(definition.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)
                .get(0);
    }

    Set<Long> supplierKeys() {
        return supplierKeys;
    }

    /** A supplier may define services on it when allowed to (G.1) or when it is its technology provider too. */
    boolean mayBeUsedBy(long supplierKey) {
        return orgKey == supplierKey || supplierKeys.contains(supplierKey);
    }

    public long getKey() {
        return key;
    }

    public long getOrgKey() {
        return orgKey;
    }

    public String getTsId() {
        return tsId;
    }

    public String getAccessType() {
        return accessType;
    }

    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
