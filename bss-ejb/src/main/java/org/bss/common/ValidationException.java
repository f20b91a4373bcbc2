package org.bss.common;

/** Input that breaks a rule: names the field or key and what is allowed. */
public class ValidationException extends BssException {
    public ValidationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.VALIDATION;
    }
}
