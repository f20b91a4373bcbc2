package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code parameterType} (ws-contract §4): a parameter of the platform or of the technical service. */
@XmlType(name = "parameterType")
@XmlEnum
public enum ParameterType {
    PLATFORM_PARAMETER,
    SERVICE_PARAMETER
}
