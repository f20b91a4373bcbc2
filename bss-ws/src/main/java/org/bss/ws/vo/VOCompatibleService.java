package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voCompatibleService} (ws-contract §3, VOCompatibleService). */
@XmlType(
        name = "voCompatibleService",
        propOrder = {"compatible"})
public class VOCompatibleService extends VOService {

    private static final long serialVersionUID = 1L;

    private boolean compatible;

    public boolean isCompatible() {
        return compatible;
    }

    public void setCompatible(boolean compatible) {
        this.compatible = compatible;
    }
}
