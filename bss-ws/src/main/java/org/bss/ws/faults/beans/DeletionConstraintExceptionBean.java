package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code deletionConstraintExceptionBean}: adds the kind of object that still depends on the one to delete
 * ({@code dependentClassEnum}, e.g. SERVICE for a technical service that services are defined on).
 */
@XmlAccessorType(XmlAccessType.PROPERTY)
@XmlType(
        name = "deletionConstraintExceptionBean",
        propOrder = {"dependentClassEnum"})
public class DeletionConstraintExceptionBean extends DomainObjectExceptionBean {

    private String dependentClassEnum;

    public String getDependentClassEnum() {
        return dependentClassEnum;
    }

    public void setDependentClassEnum(String dependentClassEnum) {
        this.dependentClassEnum = dependentClassEnum;
    }
}
