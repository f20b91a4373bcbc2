package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voServiceListResult} (ws-contract §3, VOServiceListResult). */
@XmlType(
        name = "voServiceListResult",
        propOrder = {"resultSize", "services"})
public class VOServiceListResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private int resultSize;
    private List<VOService> services = new ArrayList<>();

    public int getResultSize() {
        return resultSize;
    }

    public void setResultSize(int resultSize) {
        this.resultSize = resultSize;
    }

    @XmlElement(nillable = true)
    public List<VOService> getServices() {
        return services;
    }

    public void setServices(List<VOService> services) {
        this.services = services;
    }
}
