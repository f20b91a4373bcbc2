package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;

/** XSD {@code baseVO}: the surrogate {@code key} (0 = not persisted) and the optimistic-lock {@code version}. */
@XmlType(
        name = "baseVO",
        propOrder = {"key", "version"})
public abstract class BaseVO implements Serializable {

    private static final long serialVersionUID = 1L;

    private long key;
    private int version;

    public long getKey() {
        return key;
    }

    public void setKey(long key) {
        this.key = key;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
