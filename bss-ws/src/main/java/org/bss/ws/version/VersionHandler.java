package org.bss.ws.version;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.handler.MessageHandler;
import com.sun.xml.ws.api.handler.MessageHandlerContext;
import com.sun.xml.ws.api.message.Header;
import com.sun.xml.ws.api.message.MessageHeaders;
import jakarta.xml.ws.handler.MessageContext;
import java.util.Set;
import javax.xml.namespace.QName;
import org.bss.ws.faults.ClientFault;

/**
 * API version check of the original product (ws-contract §1.4): the first SOAP header block whose
 * SOAP 1.1 {@code actor} is {@code cm.service.version} (fallback {@code ctmg.service.version}) names the
 * client's API version. Absent or empty is accepted, {@value #SUPPORTED} is accepted, anything else is
 * refused with a Client fault. The element name of the block is not checked.
 *
 * <p>A Metro {@link MessageHandler}, not a standard {@code SOAPHandler}: the latter makes Metro copy every request
 * into a SAAJ tree, which cost a third of an authenticated call (docs/performance.md); Metro's own message keeps the
 * header blocks parsed and leaves the body streamed.
 */
public class VersionHandler implements MessageHandler<MessageHandlerContext> {

    public static final String SUPPORTED = "v1.9";
    public static final String ACTOR = "cm.service.version";
    public static final String FALLBACK_ACTOR = "ctmg.service.version";

    @Override
    public boolean handleMessage(MessageHandlerContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        String version = requestedVersion(context.getMessage().getHeaders());
        if (!isSupported(version)) {
            throw ClientFault.of(refusal(version));
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
    static String requestedVersion(MessageHeaders headers) {
        if (headers == null) {
            return null;
        }
        String fallback = null;
        for (Header block : headers.asList()) {
            String actor = block.getRole(SOAPVersion.SOAP_11);
            if (ACTOR.equals(actor)) {
                return trimmed(block.getStringContent());
            }
            if (fallback == null && FALLBACK_ACTOR.equals(actor)) {
                String text = trimmed(block.getStringContent());
                fallback = text == null ? "" : text;
            }
        }
        return fallback;
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    @Override
    public boolean handleFault(MessageHandlerContext context) {
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
