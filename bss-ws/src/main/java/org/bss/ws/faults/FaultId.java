package org.bss.ws.faults;

import java.util.ArrayList;
import java.util.List;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/**
 * The id of one fault, the one place that makes it: {@code faultstring} is {@code EXCEPTIONID <id>: <message>} (the
 * contract's pattern, read by the operator client) and the fault bean carries the same id. The id is the time of
 * the fault in milliseconds, as in the original product.
 */
public record FaultId(long value) {

    public static FaultId next() {
        return new FaultId(System.currentTimeMillis());
    }

    /** The contract's faultstring. */
    public String text(String message) {
        return "EXCEPTIONID " + value + ": " + message;
    }

    /** Fills the bean's id, BSS message key and parameters. */
    public <B extends ApplicationExceptionBean> B fill(B bean, String messageKey, List<String> params) {
        bean.setId(Long.toString(value));
        bean.setMessageKey(messageKey);
        bean.setMessageParams(new ArrayList<>(params));
        return bean;
    }
}
