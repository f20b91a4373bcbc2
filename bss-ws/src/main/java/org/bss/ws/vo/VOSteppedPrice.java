package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;

/** XSD {@code voSteppedPrice} (ws-contract §3, VOSteppedPrice). */
@XmlType(
        name = "voSteppedPrice",
        propOrder = {"limit", "price"})
public class VOSteppedPrice extends BaseVO {

    private static final long serialVersionUID = 1L;

    private Long limit;
    private BigDecimal price;

    public Long getLimit() {
        return limit;
    }

    public void setLimit(Long limit) {
        this.limit = limit;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }
}
