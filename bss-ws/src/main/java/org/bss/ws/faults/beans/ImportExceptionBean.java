package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code importExceptionBean}: adds {@code details}, the problems of an imported file, one per line. */
@XmlAccessorType(XmlAccessType.PROPERTY)
@XmlType(
        name = "importExceptionBean",
        propOrder = {"details"})
public class ImportExceptionBean extends ApplicationExceptionBean {

    private String details;

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
