package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code eventType} (ws-contract §4): an event the application reports, or one of the platform. */
@XmlType(name = "eventType")
@XmlEnum
public enum EventType {
    SERVICE_EVENT,
    PLATFORM_EVENT
}
