package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code sorting} (ws-contract §4). */
@XmlType(name = "sorting")
@XmlEnum
public enum Sorting {
    NAME_ASCENDING,
    NAME_DESCENDING,
    ACTIVATION_ASCENDING,
    ACTIVATION_DESCENDING,
    RATING_ASCENDING,
    RATING_DESCENDING
}
