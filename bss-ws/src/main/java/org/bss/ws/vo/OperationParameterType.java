package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code operationParameterType} (ws-contract §4): a value typed in, or chosen from what the application offers. */
@XmlType(name = "operationParameterType")
@XmlEnum
public enum OperationParameterType {
    INPUT_STRING,
    REQUEST_SELECT
}
