package org.bss.web.resource.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;

/** Answers a {@link UserProblem} as problem+json in the caller's language, like the shared problem mapper. */
@Provider
public class UserProblemMapper implements ExceptionMapper<UserProblem> {

    @Context
    private HttpHeaders headers;
    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(UserProblem failure) {
        Locale locale = Languages.of(headers);
        Problem problem = Problems.problem(failure.type(), failure.status(), locale, failure.detail(locale),
                request == null ? null : request.getRequestURI());
        problem.code = failure.code();
        return Problems.response(problem, Map.of("Content-Language", locale.getLanguage()));
    }
}
