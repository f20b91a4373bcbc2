package org.bss.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.bss.common.BssException;
import org.bss.common.Messages;

/**
 * Access to the portal's UI texts ({@code org/bss/portal/messages*.properties}, registered in
 * faces-config.xml as {@code msg}) and to Faces messages in the view's locale.
 */
public final class PortalMessages {

    /** Name of the bundle in faces-config.xml. */
    public static final String BUNDLE_VAR = "msg";

    static final String BUNDLE_BASE = "org.bss.portal.messages";

    private PortalMessages() {}

    public static Locale locale(FacesContext context) {
        if (context.getViewRoot() != null && context.getViewRoot().getLocale() != null) {
            return context.getViewRoot().getLocale();
        }
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    /** A UI text in the view's locale, formatted with {@link MessageFormat}. */
    public static String text(FacesContext context, String key, Object... arguments) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE_VAR);
        String pattern;
        try {
            pattern = bundle != null ? bundle.getString(key) : key;
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale(context)).format(arguments);
    }

    public static void info(FacesContext context, String clientId, String key, Object... arguments) {
        add(context, clientId, FacesMessage.SEVERITY_INFO, text(context, key, arguments));
    }

    public static void warn(FacesContext context, String clientId, String key, Object... arguments) {
        add(context, clientId, FacesMessage.SEVERITY_WARN, text(context, key, arguments));
    }

    public static void error(FacesContext context, String clientId, String key, Object... arguments) {
        add(context, clientId, FacesMessage.SEVERITY_ERROR, text(context, key, arguments));
    }

    /** The service's own message for a business error, in the view's locale. */
    public static void error(FacesContext context, String clientId, BssException exception) {
        add(context, clientId, FacesMessage.SEVERITY_ERROR, exception.localizedMessage(locale(context)));
    }

    /**
     * The service's message for a business error with one argument shown differently: the field's label instead of
     * the key the service names it by.
     */
    public static void error(FacesContext context, String clientId, BssException exception, int index, String shown) {
        Object[] arguments = exception.arguments();
        arguments[index] = shown;
        add(
                context,
                clientId,
                FacesMessage.SEVERITY_ERROR,
                Messages.format(locale(context), exception.messageKey(), arguments));
    }

    private static void add(FacesContext context, String clientId, FacesMessage.Severity severity, String text) {
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
