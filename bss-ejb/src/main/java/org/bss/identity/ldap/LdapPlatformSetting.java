package org.bss.identity.ldap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One platform default LDAP setting of the operator (table ldap_platform_setting, "Manage LDAP", G.5). */
@Entity
@Table(name = "ldap_platform_setting")
public class LdapPlatformSetting {

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    protected LdapPlatformSetting() {}

    public LdapPlatformSetting(String key, String value) {
        this.key = key;
        this.value = value;
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
}
