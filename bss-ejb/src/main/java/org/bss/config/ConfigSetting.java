package org.bss.config;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/** A stored configuration value (table config_setting). Keys without a row use the registry default. */
@Entity
@Table(name = "config_setting")
public class ConfigSetting {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Column(name = "setting_value", length = 4000)
    private String value;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConfigSetting() {}

    public ConfigSetting(String key, String value, Instant changedAt) {
        this.key = key;
        this.value = value;
        this.changedAt = changedAt;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value, Instant changedAt) {
        this.value = value;
        this.changedAt = changedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
