package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code parameterValueType} (ws-contract §4); BSS's files have no DURATION parameters, the contract keeps the value. */
@XmlType(name = "parameterValueType")
@XmlEnum
public enum ParameterValueType {
    BOOLEAN,
    INTEGER,
    LONG,
    STRING,
    DURATION,
    ENUMERATION,
    PWD
}
