/** Fault detail beans of the SOAP contract (ws-contract §5), qualified in {@code http://oscm.org/xsd}. */
@XmlSchema(namespace = "http://oscm.org/xsd", elementFormDefault = XmlNsForm.QUALIFIED)
package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
