package org.bss.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.bss.common.AuthenticationException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;
import org.bss.identity.token.TokenCaller;

/** Reads {@code Authorization: Bearer <access token>} and asks the token service who the caller is. */
final class BearerTokens {

    /** Request attribute: {@link TokenState} of the request, for {@link AuthenticationFilter}. */
    static final String TOKEN_STATE = "org.bss.web.auth.tokenState";

    private static final BssLog LOG = BssLog.system(LogFeature.REST);
    private static final String BEARER = "bearer ";

    /** Why a request is (not) authenticated. */
    enum TokenState {
        NONE,
        VALID,
        REFUSED,
        CHECK_FAILED
    }

    /** A verified caller: principal name (user key) and groups (roles, LOGGED_IN included). */
    record Caller(String name, Set<String> groups) {}

    private final TokenServiceLocator tokens;
    private volatile boolean announced;

    BearerTokens(TokenServiceLocator tokens) {
        this.tokens = tokens;
    }

    /** The caller of the request's bearer token, or null (the reason is left in {@link #TOKEN_STATE}). */
    Caller authenticate(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null
                || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.setAttribute(TOKEN_STATE, TokenState.NONE);
            return null;
        }
        try {
            if (!announced) {
                announced = true;
                LOG.info(LogMessage.REST_FIRST_TOKEN, request.getRequestURI());
            }
            TokenCaller caller =
                    tokens.get().verifyAccess(header.substring(BEARER.length()).trim());
            Set<String> groups = new HashSet<>(caller.groups());
            groups.add(Roles.LOGGED_IN);
            request.setAttribute(TOKEN_STATE, TokenState.VALID);
            return new Caller(caller.principalName(), groups);
        } catch (AuthenticationException e) {
            request.setAttribute(TOKEN_STATE, TokenState.REFUSED);
            return null;
        } catch (RuntimeException e) {
            LOG.error(LogMessage.REST_TOKEN_CHECK_FAILED, e, e);
            request.setAttribute(TOKEN_STATE, TokenState.CHECK_FAILED);
            return null;
        }
    }
}
