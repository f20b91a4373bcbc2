package org.bss.ws.gate;

/** A request the gate refuses: the HTTP status and the plain-English text of the Client fault it answers. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final int UNAUTHORIZED = 401;
    static final int UNSUPPORTED_MEDIA_TYPE = 415;
    static final int FAULT = 500;

    private final int status;

    Refusal(int status, String text) {
        super(text, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
