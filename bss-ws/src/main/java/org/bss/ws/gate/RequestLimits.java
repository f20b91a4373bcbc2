package org.bss.ws.gate;

import java.util.Set;

/**
 * The largest request body BSS reads, per operation (docs/soap.md "Limits"): {@value #DEFAULT_BYTES} bytes, and
 * {@value #IMPORT_BYTES} bytes for the operations that carry a user or technical-services file (a file of 100,000 users, base64-encoded,
 * fits). A larger request is refused before its body is read, from its Content-Length; a request without one
 * (chunked) is refused too, as its size would only be known after reading it all.
 */
final class RequestLimits {

    static final long DEFAULT_BYTES = 1_048_576;
    static final long IMPORT_BYTES = 33_554_432;

    private static final Set<String> IMPORTS =
            Set.of("importUsers", "importUsersInOwnOrganization", "importTechnicalServices");

    private RequestLimits() {}

    static long limit(String operation) {
        return operation != null && IMPORTS.contains(operation) ? IMPORT_BYTES : DEFAULT_BYTES;
    }

    /**
     * @param contentLength the request's Content-Length header, null when it has none
     * @throws Refusal a body larger than the operation's limit, or of unknown size
     */
    static void check(String contentLength, String operation) {
        if (contentLength == null) {
            throw new Refusal(
                    Refusal.FAULT,
                    "The request has no Content-Length header: a SOAP request states its size (chunked requests are"
                            + " not accepted).");
        }
        long length;
        try {
            length = Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            throw new Refusal(Refusal.FAULT, "The Content-Length header is not a number.");
        }
        long limit = limit(operation);
        if (length > limit) {
            throw new Refusal(
                    Refusal.FAULT,
                    "The request has " + length + " bytes; " + (operation == null ? "a request" : operation)
                            + " takes at most " + limit + " bytes.");
        }
    }
}
