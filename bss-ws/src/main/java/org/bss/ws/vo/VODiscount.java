package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;

/**
 * XSD {@code voDiscount} (ws-contract §3.33): a customer's discount in percent ({@code value}) from {@code startTime}
 * (inclusive) to {@code endTime} (exclusive, absent: open-ended), both milliseconds since the epoch.
 */
@XmlType(
        name = "voDiscount",
        propOrder = {"endTime", "startTime", "value"})
public class VODiscount extends BaseVO {

    private static final long serialVersionUID = 1L;

    private Long endTime;
    private Long startTime;
    private BigDecimal value;

    public Long getEndTime() {
        return endTime;
    }

    public void setEndTime(Long endTime) {
        this.endTime = endTime;
    }

    public Long getStartTime() {
        return startTime;
    }

    public void setStartTime(Long startTime) {
        this.startTime = startTime;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
