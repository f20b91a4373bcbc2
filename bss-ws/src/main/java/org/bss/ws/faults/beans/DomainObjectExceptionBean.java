package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code domainObjectExceptionBean}: adds the kind of object ({@code classEnum}, e.g. PLATFORM_SETTING). */
@XmlAccessorType(XmlAccessType.PROPERTY)
@XmlType(
        name = "domainObjectExceptionBean",
        propOrder = {"classEnum"})
public class DomainObjectExceptionBean extends ApplicationExceptionBean {

    private String classEnum;

    public String getClassEnum() {
        return classEnum;
    }

    public void setClassEnum(String classEnum) {
        this.classEnum = classEnum;
    }
}
