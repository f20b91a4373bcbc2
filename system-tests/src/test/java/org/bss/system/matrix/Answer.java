package org.bss.system.matrix;

/**
 * What a call through one surface came to, in the matrix's terms ({@code outcome}; null when it fits no cell: a
 * validation error, a missing endpoint, a server error), with the evidence for the report (HTTP status, fault or
 * problem) and the response body for checks of what an allowed call returned.
 */
record Answer(AuthorizationMatrix.Expect outcome, String evidence, String body) {

    static Answer of(AuthorizationMatrix.Expect outcome, String evidence, String body) {
        return new Answer(outcome, evidence, body);
    }

    static Answer other(String evidence, String body) {
        return new Answer(null, evidence, body);
    }

    boolean bodyContains(String text) {
        return body != null && body.contains(text);
    }

    @Override
    public String toString() {
        return (outcome == null ? "UNEXPECTED" : outcome.name()) + " (" + evidence + ")";
    }
}
