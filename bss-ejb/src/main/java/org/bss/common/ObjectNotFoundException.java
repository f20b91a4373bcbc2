package org.bss.common;

/** The addressed object does not exist. */
public class ObjectNotFoundException extends BssException {
    public ObjectNotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
