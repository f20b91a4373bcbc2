package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code serviceAccessType} (ws-contract §4): how subscribers reach the application. */
@XmlType(name = "serviceAccessType")
@XmlEnum
public enum ServiceAccessType {
    LOGIN,
    DIRECT,
    USER,
    EXTERNAL
}
