package org.bss.common;

/** The object was changed by someone else since the caller read it (stale version). */
public class ConcurrentModificationException extends BssException {
    public ConcurrentModificationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.CONCURRENT_MODIFICATION;
    }
}
