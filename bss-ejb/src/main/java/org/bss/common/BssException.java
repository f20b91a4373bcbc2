package org.bss.common;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * Root of every error BSS reports to a caller. It carries a message key (resolved per locale from
 * {@code org/bss/common/messages*.properties}) and its arguments; each surface maps the {@link Kind}
 * to its own form: SOAP fault, problem+json status, JSF message, CLI exit code.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BssException extends RuntimeException {

    /** What went wrong, as far as a caller can act on it. */
    public enum Kind {
        VALIDATION,
        NOT_FOUND,
        CONCURRENT_MODIFICATION,
        NOT_PERMITTED,
        AUTHENTICATION,
        PASSWORD_CHANGE_REQUIRED,
        CONFLICT
    }

    private final String messageKey;
    private final transient Object[] arguments;

    protected BssException(String messageKey, Object... arguments) {
        super(Messages.format(Locale.ENGLISH, messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public abstract Kind kind();

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message in the caller's language (en, de, ja; English otherwise). */
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }
}
