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
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.bss.common.persistence.InstantConverter;

/**
 * An organization (table organization; its roles in organization_role). Minimal for issue 3: the account
 * feature adds the rest (address, domicile, custom attributes, ...).
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_role", joinColumns = @JoinColumn(name = "org_key"))
    @Column(name = "role_name", length = 32)
    private Set<String> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organization() {
    }

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

    public boolean isOperator() {
        return roles.contains(ROLE_PLATFORM_OPERATOR) || OPERATOR_ORG_ID.equals(orgId);
    }

    public long getVersion() {
        return version;
    }
}
