package org.bss.common;

/** The request clashes with existing state (e.g. a duplicate). */
public class ConflictException extends BssException {
    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
