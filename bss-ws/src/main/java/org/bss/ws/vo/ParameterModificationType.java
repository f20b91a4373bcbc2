package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code parameterModificationType} (ws-contract §4): a value changed any time, or only when subscribing. */
@XmlType(name = "parameterModificationType")
@XmlEnum
public enum ParameterModificationType {
    STANDARD,
    ONE_TIME
}
