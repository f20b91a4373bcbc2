package org.bss.ws.faults;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.ws.soap.SOAPFaultException;
import javax.xml.namespace.QName;

/**
 * A SOAP 1.1 {@code Client} fault without detail, for a request refused before any operation runs (API version,
 * size, malformed or unknown operation, missing credentials): the caller's mistake, said in plain English, with no
 * Java text. Faults of an operation come from {@link FaultTable}.
 */
public final class ClientFault {

    private static final QName CLIENT = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client");

    private ClientFault() {}

    public static SOAPFaultException of(String text) {
        try {
            return new SOAPFaultException(
                    SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createFault(text, CLIENT));
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }
}
