package org.bss.billing;

/**
 * Input the engine refuses to bill, with a message naming what is wrong (which entry, which price, which
 * value). The engine never returns an amount computed from such input.
 */
public class BillingInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BillingInputException(String message) {
        super(message);
    }

    public BillingInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
