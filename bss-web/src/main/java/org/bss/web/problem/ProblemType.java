package org.bss.web.problem;

import java.net.URI;
import org.bss.common.BssException;

/**
 * The problem types of the REST API (RFC 9457): {@code https://bss.example/problems/<slug>}, each with its
 * HTTP status and a localized title ({@code title.<slug>} in {@code org/bss/web/messages}).
 */
public enum ProblemType {
    VALIDATION("validation", 422),
    NOT_FOUND("not-found", 404),
    CONCURRENT_MODIFICATION("concurrent-modification", 409),
    NOT_PERMITTED("not-permitted", 403),
    AUTHENTICATION("authentication", 401),
    PASSWORD_CHANGE_REQUIRED("password-change-required", 403),
    CONFLICT("conflict", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    MALFORMED_REQUEST("malformed-request", 400),
    REQUEST_TOO_LARGE("request-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    FORBIDDEN("forbidden", 403),
    INTERNAL_ERROR("internal-error", 500),
    UNAVAILABLE("unavailable", 503),
    /** Any other HTTP error status (the status comes from the occurrence). */
    HTTP_ERROR("http-error", 400);

    public static final String BASE = "https://bss.example/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The problem type of a business error. */
    public static ProblemType of(BssException.Kind kind) {
        return switch (kind) {
            case VALIDATION -> VALIDATION;
            case NOT_FOUND -> NOT_FOUND;
            case CONCURRENT_MODIFICATION -> CONCURRENT_MODIFICATION;
            case NOT_PERMITTED -> NOT_PERMITTED;
            case AUTHENTICATION -> AUTHENTICATION;
            case PASSWORD_CHANGE_REQUIRED -> PASSWORD_CHANGE_REQUIRED;
            case CONFLICT -> CONFLICT;
        };
    }
}
