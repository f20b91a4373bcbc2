package org.bss.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A subscription of one service may move to another (table upgrade_path): one up/downgrade option. */
@Entity
@Table(name = "upgrade_path")
@IdClass(UpgradePath.Id.class)
public class UpgradePath {

    @jakarta.persistence.Id
    @Column(name = "service_key")
    private long serviceKey;

    @jakarta.persistence.Id
    @Column(name = "target_key")
    private long targetKey;

    protected UpgradePath() {}

    UpgradePath(long serviceKey, long targetKey) {
        this.serviceKey = serviceKey;
        this.targetKey = targetKey;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public long getTargetKey() {
        return targetKey;
    }

    /** The primary key: service and target. */
    public record Id(long serviceKey, long targetKey) implements Serializable {
        public Id() {
            this(0, 0);
        }
    }
}
