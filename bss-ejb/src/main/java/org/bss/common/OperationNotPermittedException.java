package org.bss.common;

/** The caller is authenticated but may not do this. */
public class OperationNotPermittedException extends BssException {
    public OperationNotPermittedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_PERMITTED;
    }
}
