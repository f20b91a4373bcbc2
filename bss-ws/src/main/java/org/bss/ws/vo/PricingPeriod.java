package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code pricingPeriod} (ws-contract §4). */
@XmlType(name = "pricingPeriod")
@XmlEnum
public enum PricingPeriod {
    MONTH,
    WEEK,
    DAY,
    HOUR
}
