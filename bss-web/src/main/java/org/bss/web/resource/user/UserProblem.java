package org.bss.web.resource.user;

import java.util.Locale;
import java.util.function.Function;
import org.bss.common.BssException;
import org.bss.web.problem.ProblemType;

/**
 * A problem of the user endpoints whose status or text the shared mapping does not give: business validation errors
 * as 422 (as every resource of the API), unknown JSON fields and refused CSV uploads with their own texts.
 * {@link UserProblemMapper} answers it as problem+json.
 */
public class UserProblem extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final String code;
    private final transient Function<Locale, String> detail;

    private UserProblem(ProblemType type, int status, String code, Function<Locale, String> detail) {
        super(type.slug() + " " + status + (code == null ? "" : " " + code), null, false, false);
        this.type = type;
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    /** A business validation error (bad field, unavailable role, bad token): 422 like every API, its message key as the code. */
    static UserProblem invalid(BssException e) {
        return new UserProblem(ProblemType.VALIDATION, ProblemType.VALIDATION.status(), e.messageKey(), e::localizedMessage);
    }

    /** A JSON field the request does not have. */
    static UserProblem unknownField(String field, String knownFields) {
        return new UserProblem(ProblemType.MALFORMED_REQUEST, 400, null,
                locale -> UserApiMessages.text(locale, UserApiMessages.UNKNOWN_FIELD, field, knownFields));
    }

    /** A request body that is not CSV, or CSV in another charset than UTF-8: 415. */
    static UserProblem unsupportedUpload(String messageKey, String given) {
        return new UserProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415, null,
                locale -> UserApiMessages.text(locale, messageKey, given));
    }

    ProblemType type() {
        return type;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String detail(Locale locale) {
        return detail.apply(locale);
    }
}
