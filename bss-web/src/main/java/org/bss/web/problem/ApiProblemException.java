package org.bss.web.problem;

import java.util.Map;

/**
 * A problem found by the REST layer itself (request shape, body size, credentials), answered as a problem
 * detail with a localized {@code detail.<key>} text.
 */
public class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] arguments;
    private final Map<String, String> headers;

    public ApiProblemException(ProblemType type, String detailKey, Object... arguments) {
        this(type, Map.of(), detailKey, arguments);
    }

    public ApiProblemException(ProblemType type, Map<String, String> headers, String detailKey, Object... arguments) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.arguments = arguments.clone();
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** A required JSON field is missing. */
    public static ApiProblemException fieldRequired(String field) {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.field-required", field);
    }

    /** The request has no JSON body. */
    public static ApiProblemException bodyRequired() {
        return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.body-required");
    }
}
