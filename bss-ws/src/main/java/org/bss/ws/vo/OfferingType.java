package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code offeringType} (ws-contract §4). */
@XmlType(name = "offeringType")
@XmlEnum
public enum OfferingType {
    BROKER,
    RESELLER,
    DIRECT
}
