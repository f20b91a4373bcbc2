package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voPricedEvent} (ws-contract §3, VOPricedEvent). */
@XmlType(
        name = "voPricedEvent",
        propOrder = {"eventDefinition", "eventPrice", "steppedPrices"})
public class VOPricedEvent extends BaseVO {

    private static final long serialVersionUID = 1L;

    private VOEventDefinition eventDefinition;
    private BigDecimal eventPrice;
    private List<VOSteppedPrice> steppedPrices = new ArrayList<>();

    public VOEventDefinition getEventDefinition() {
        return eventDefinition;
    }

    public void setEventDefinition(VOEventDefinition eventDefinition) {
        this.eventDefinition = eventDefinition;
    }

    public BigDecimal getEventPrice() {
        return eventPrice;
    }

    public void setEventPrice(BigDecimal eventPrice) {
        this.eventPrice = eventPrice;
    }

    @XmlElement(nillable = true)
    public List<VOSteppedPrice> getSteppedPrices() {
        return steppedPrices;
    }

    public void setSteppedPrices(List<VOSteppedPrice> steppedPrices) {
        this.steppedPrices = steppedPrices;
    }
}
