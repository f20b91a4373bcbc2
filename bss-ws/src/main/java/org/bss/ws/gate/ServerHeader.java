package org.bss.ws.gate;

import com.sun.xml.ws.api.message.Packet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.handler.MessageContext;
import java.lang.reflect.InvocationTargetException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara serves the application's EJB endpoints through one Grizzly servlet handler, whose context adds {@code
 * Server: grizzly/<version>} to every answer, WSDL included (the listener's {@code server-header=false} does not reach
 * it). An empty server info makes Grizzly add none. The context is known only from a request (Payara gives neither
 * the endpoint's container nor the message context one), so the first SOAP request empties it for every answer after its own; {@code ./bss
 * start} sends that request. The context is Grizzly's WebappContext: its setter is found by name.
 */
final class ServerHeader {

    private static final Logger LOG = Logger.getLogger(ServerHeader.class.getName());

    private static volatile Object hiddenFor;

    private ServerHeader() {}

    static void hide(Packet request) {
        HttpServletRequest http = (HttpServletRequest) request.get(MessageContext.SERVLET_REQUEST);
        Object context = http == null ? null : http.getServletContext();
        if (context == null || context == hiddenFor) {
            return;
        }
        try {
            context.getClass().getMethod("setServerInfo", String.class).invoke(context, "");
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | RuntimeException e) {
            LOG.log(Level.WARNING, "The SOAP endpoints keep their Server header: {0}", e.toString());
        }
        hiddenFor = context;
    }
}
