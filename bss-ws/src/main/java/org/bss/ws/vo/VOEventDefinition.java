package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voEventDefinition} (ws-contract §3.19): an event the application reports.
 */
@XmlType(
        name = "voEventDefinition",
        propOrder = {"eventDescription", "eventId", "eventType"})
public class VOEventDefinition extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String eventDescription;
    private String eventId;
    private EventType eventType;

    public String getEventDescription() {
        return eventDescription;
    }

    public void setEventDescription(String eventDescription) {
        this.eventDescription = eventDescription;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public EventType getEventType() {
        return eventType;
    }

    public void setEventType(EventType eventType) {
        this.eventType = eventType;
    }
}
