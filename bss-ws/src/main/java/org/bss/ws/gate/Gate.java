package org.bss.ws.gate;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.WSBinding;
import com.sun.xml.ws.api.message.Header;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.message.MessageHeaders;
import com.sun.xml.ws.api.message.Messages;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.model.SEIModel;
import com.sun.xml.ws.api.model.wsdl.WSDLPort;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractFilterTubeImpl;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bss.ws.faults.ClientFault;

/**
 * The first tube of every BSS endpoint (META-INF/metro.xml), before Payara's security and monitoring pipes: it
 * refuses a request of another content type than SOAP 1.1 ({@link RefusingCodec}) or one that is too large (from its Content-Length, before the body is read), logs the caller in from a
 * WS-Security UsernameToken or HTTP Basic ({@link ContainerLogin}; neither, or refused: HTTP 401) and refuses a Body
 * without an operation of the endpoint. Each refusal is a Client fault in plain English; nothing reaches the
 * services and nothing is logged as an error.
 */
final class Gate extends AbstractFilterTubeImpl {

    private static final String CHALLENGE = "Basic realm=\"" + ContainerLogin.REALM + "\"";

    private final Operations operations;
    private final ContainerLogin login;
    private final WSDLPort port;
    private final SEIModel model;
    private final WSBinding binding;

    Gate(Tube next, Operations operations, ContainerLogin login, WSDLPort port, SEIModel model, WSBinding binding) {
        super(next);
        this.operations = operations;
        this.login = login;
        this.port = port;
        this.model = model;
        this.binding = binding;
    }

    private Gate(Gate that, TubeCloner cloner) {
        super(that, cloner);
        this.operations = that.operations;
        this.login = that.login;
        this.port = that.port;
        this.model = that.model;
        this.binding = that.binding;
    }

    @Override
    public AbstractTubeImpl copy(TubeCloner cloner) {
        return new Gate(this, cloner);
    }

    @Override
    public NextAction processRequest(Packet request) {
        ServerHeader.hide(request);
        Message message = request.getMessage();
        if (message == null) {
            return super.processRequest(request);
        }
        try {
            RefusingCodec.refusal(request).ifPresent(refusal -> {
                throw refusal;
            });
            String operation = message.hasPayload() ? message.getPayloadLocalPart() : null;
            HttpServletRequest http = (HttpServletRequest) request.get(MessageContext.SERVLET_REQUEST);
            if (http != null) {
                RequestLimits.check(http.getHeader("Content-Length"), operation);
            }
            Credentials credentials = credentials(message.getHeaders(), http)
                    .orElseThrow(() -> new Refusal(
                            Refusal.UNAUTHORIZED,
                            "Authentication required: send a WS-Security UsernameToken (PasswordText) or HTTP Basic"
                                    + " credentials (user key or user id and password)."));
            if (!login.login(credentials)) {
                throw new Refusal(
                        Refusal.UNAUTHORIZED,
                        "Authentication failed: the user, the password or the account's state was not accepted.");
            }
            operations.check(message.hasPayload() ? message.getPayloadNamespaceURI() : null, operation);
            onlyOneOperation(message);
        } catch (Refusal refusal) {
            return doReturnWith(refused(request, refusal));
        }
        return super.processRequest(request);
    }

    /**
     * Refuses a Body with a second element after the operation (Metro would drop it silently) or with XML that is
     * not well-formed. Reads a copy: Payara's monitoring pipe copies every request anyway, so the body is buffered
     * once either way (within the size limit).
     */
    private static void onlyOneOperation(Message message) {
        try {
            XMLStreamReader reader = message.copy().readPayload();
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                }
            }
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    throw new Refusal(
                            Refusal.FAULT,
                            "The SOAP Body holds more than one element: a request carries exactly one operation.");
                }
                if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                    return;
                }
            }
        } catch (XMLStreamException | WebServiceException notWellFormed) {
            throw new Refusal(Refusal.FAULT, "The SOAP Body is not well-formed XML.");
        }
    }

    /** The token wins over Basic; the Security header is marked understood, so mustUnderstand="1" is fine. */
    private static Optional<Credentials> credentials(MessageHeaders headers, HttpServletRequest http) {
        Header security = headers == null ? null : headers.get(Credentials.SECURITY, true);
        if (security != null) {
            try {
                return Optional.of(Credentials.usernameToken(security.readHeader()));
            } catch (XMLStreamException e) {
                throw new Refusal(Refusal.UNAUTHORIZED, "The wsse:Security header cannot be read.");
            }
        }
        return http == null ? Optional.empty() : Credentials.basic(http.getHeader("Authorization"));
    }

    private Packet refused(Packet request, Refusal refusal) {
        request.put(MessageContext.HTTP_RESPONSE_CODE, refusal.status());
        if (refusal.status() == Refusal.UNAUTHORIZED) {
            request.put(MessageContext.HTTP_RESPONSE_HEADERS, Map.of("WWW-Authenticate", List.of(CHALLENGE)));
        }
        Message fault = Messages.create(ClientFault.of(refusal.getMessage()), SOAPVersion.SOAP_11);
        return request.createServerResponse(fault, port, model, binding);
    }
}
