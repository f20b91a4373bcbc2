package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code serviceStatus} (ws-contract §4). */
@XmlType(name = "serviceStatus")
@XmlEnum
public enum ServiceStatus {
    ACTIVE,
    OBSOLETE,
    DELETED,
    INACTIVE,
    SUSPENDED
}
