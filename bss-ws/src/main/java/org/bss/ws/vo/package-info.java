/**
 * Value objects of the SOAP contract ({@code VO<Entity>}): wire types only, mapped onto the domain by
 * small mappers next to each endpoint. Elements are qualified in {@code http://oscm.org/xsd}.
 */
@XmlSchema(namespace = "http://oscm.org/xsd", elementFormDefault = XmlNsForm.QUALIFIED)
package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
