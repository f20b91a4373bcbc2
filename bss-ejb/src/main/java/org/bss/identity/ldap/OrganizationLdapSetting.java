package org.bss.identity.ldap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One LDAP setting of an organization (table organization_ldap_setting; the row goes with its organization). An
 * organization with at least one row is LDAP-managed. Holds the organization key, not the entity: the settings
 * are read and written as a whole, never navigated.
 */
@Entity
@Table(name = "organization_ldap_setting")
@IdClass(OrganizationLdapSetting.Key.class)
public class OrganizationLdapSetting {

    @Id
    @Column(name = "org_key")
    private long orgKey;

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    protected OrganizationLdapSetting() {}

    public OrganizationLdapSetting(long orgKey, String key, String value) {
        this.orgKey = orgKey;
        this.key = key;
        this.value = value;
    }

    public long getOrgKey() {
        return orgKey;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /** Composite primary key (org_key, setting_key), as JPA wants it: a plain class with equal field names. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private long orgKey;
        private String key;

        public Key() {}

        public Key(long orgKey, String key) {
            this.orgKey = orgKey;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.orgKey == orgKey && Objects.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orgKey, key);
        }
    }
}
