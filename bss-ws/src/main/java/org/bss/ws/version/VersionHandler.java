package org.bss.ws.version;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPHeaderElement;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Iterator;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * API version check of the original product (ws-contract §1.4): the first SOAP header block whose
 * SOAP 1.1 {@code actor} is {@code cm.service.version} (fallback {@code ctmg.service.version}) names the
 * client's API version. Absent or empty is accepted, {@value #SUPPORTED} is accepted, anything else is
 * refused with a Client fault. The element name of the block is not checked.
 */
public class VersionHandler implements SOAPHandler<SOAPMessageContext> {

    public static final String SUPPORTED = "v1.9";
    public static final String ACTOR = "cm.service.version";
    public static final String FALLBACK_ACTOR = "ctmg.service.version";

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        String version = requestedVersion(context.getMessage());
        if (!isSupported(version)) {
            throw new SOAPFaultException(fault(refusal(version)));
        }
        return true;
    }

    /** True for an absent or empty version and for the supported one. */
    public static boolean isSupported(String version) {
        return version == null || version.isEmpty() || SUPPORTED.equals(version);
    }

    /** The contract's text, verbatim (including "in not"). */
    public static String refusal(String version) {
        return "The API version " + version
                + " specified in the header of the SOAP message in not supported by the server. "
                + "Supported versions: " + SUPPORTED;
    }

    /** The trimmed text of the version header block, or null when there is none. */
    static String requestedVersion(SOAPMessage message) {
        try {
            SOAPHeader header = message.getSOAPHeader();
            if (header == null) {
                return null;
            }
            String fallback = null;
            for (Iterator<?> it = header.examineAllHeaderElements(); it.hasNext(); ) {
                SOAPHeaderElement block = (SOAPHeaderElement) it.next();
                String actor = block.getActor();
                if (ACTOR.equals(actor)) {
                    return block.getTextContent() == null
                            ? null
                            : block.getTextContent().trim();
                }
                if (fallback == null && FALLBACK_ACTOR.equals(actor)) {
                    fallback = block.getTextContent() == null
                            ? ""
                            : block.getTextContent().trim();
                }
            }
            return fallback;
        } catch (SOAPException e) {
            return null;
        }
    }

    private static SOAPFault fault(String text) {
        try {
            return SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
                    .createFault(text, new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client"));
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }
}
