package org.bss.web.auth;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.bss.web.problem.Problems;

/**
 * Resources annotated {@code @RolesAllowed} need an authenticated caller (401 with
 * {@code WWW-Authenticate: Bearer} otherwise) in one of the roles (403 otherwise). The EJB layer checks
 * the roles again: this filter only gives the early, well-formed answer.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed roles = rolesAllowed();
        if (roles == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Object state = request.getProperty(BearerTokens.TOKEN_STATE);
            if (state == null && servletRequest != null) {
                state = servletRequest.getAttribute(BearerTokens.TOKEN_STATE);
            }
            if (state == null) {
                // the module's note did not reach us: a bearer header without a caller is a refused token
                String header = request.getHeaderString("Authorization");
                boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
                state = bearer ? BearerTokens.TokenState.REFUSED : BearerTokens.TokenState.NONE;
            }
            if (state == BearerTokens.TokenState.CHECK_FAILED) {
                throw new ApiProblemException(ProblemType.UNAVAILABLE, "detail.unavailable");
            }
            if (state == BearerTokens.TokenState.REFUSED) {
                throw new ApiProblemException(
                        ProblemType.AUTHENTICATION,
                        Map.of("WWW-Authenticate", Problems.INVALID_TOKEN_CHALLENGE),
                        "detail.token-invalid");
            }
            throw new ApiProblemException(
                    ProblemType.AUTHENTICATION,
                    Map.of("WWW-Authenticate", Problems.BEARER_CHALLENGE),
                    "detail.credentials-missing");
        }
        for (String role : roles.value()) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        throw new ApiProblemException(ProblemType.FORBIDDEN, "detail.forbidden");
    }

    private RolesAllowed rolesAllowed() {
        Method method = resourceInfo.getResourceMethod();
        if (method != null && method.isAnnotationPresent(RolesAllowed.class)) {
            return method.getAnnotation(RolesAllowed.class);
        }
        Class<?> type = resourceInfo.getResourceClass();
        return type == null ? null : type.getAnnotation(RolesAllowed.class);
    }
}
