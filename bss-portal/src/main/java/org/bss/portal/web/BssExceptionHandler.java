package org.bss.portal.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import org.bss.common.BssException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;

/**
 * Users never see a stack trace: an expired view leads to the login page, a refused operation to the
 * 403 page, anything else is logged with an incident id and leads to the 500 page. For non-Ajax
 * requests the container's error pages (web.xml) do the same with the right status code; Ajax
 * requests get a redirect, because a partial response cannot show an error page.
 */
public class BssExceptionHandler extends ExceptionHandlerWrapper {

    private static final BssLog LOG = BssLog.system(LogFeature.PORTAL);

    public BssExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        if (context != null && events.hasNext()) {
            Throwable root = rootCause(events.next().getContext().getException());
            ExternalContext external = context.getExternalContext();
            boolean ajax = context.getPartialViewContext().isAjaxRequest();
            String target = null;
            int status = 0;
            if (root instanceof ViewExpiredException) {
                target = "/login.xhtml?expired=true";
            } else if (isNotPermitted(root)) {
                target = "/error/403.xhtml";
                status = 403;
            } else {
                String incident = UUID.randomUUID().toString();
                LOG.error(LogMessage.PORTAL_ERROR, root, incident, root);
                external.getRequestMap().put("org.bss.portal.incident", incident);
                target = "/error/500.xhtml";
                status = 500;
            }
            if (!external.isResponseCommitted()) {
                try {
                    if (ajax || status == 0) {
                        external.redirect(external.getRequestContextPath() + target);
                    } else {
                        external.responseReset();
                        external.responseSendError(status, null);
                    }
                    context.responseComplete();
                    while (true) {
                        events.remove();
                        if (!events.hasNext()) {
                            break;
                        }
                        events.next();
                    }
                } catch (IOException | IllegalStateException e) {
                    LOG.warn(LogMessage.PORTAL_ERROR_PAGE_FAILED, e);
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean isNotPermitted(Throwable t) {
        return t instanceof EJBAccessException
                || (t instanceof BssException b && b.kind() == BssException.Kind.NOT_PERMITTED);
    }

    /** The first expired view or refused call in the cause chain, else the innermost cause. */
    static Throwable rootCause(Throwable t) {
        Throwable current = t;
        for (int depth = 0; depth < 20; depth++) {
            if (current instanceof ViewExpiredException
                    || isNotPermitted(current)
                    || current.getCause() == null
                    || current.getCause() == current) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}
