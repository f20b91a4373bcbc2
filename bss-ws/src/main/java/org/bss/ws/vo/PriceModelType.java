package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code priceModelType} (ws-contract §4). */
@XmlType(name = "priceModelType")
@XmlEnum
public enum PriceModelType {
    FREE_OF_CHARGE,
    PRO_RATA,
    PER_UNIT
}
