package org.bss.web.auth;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Jakarta Authentication module of the REST WAR: a valid bearer access token makes the container know the
 * caller (principal name = user key, groups = roles), so {@code @RolesAllowed} EJB methods see it; any other
 * request continues anonymously (the module never answers itself: {@link AuthenticationFilter} gives the
 * 401/403 problem details).
 * <p>
 * Why not a CDI {@code HttpAuthenticationMechanism}: Soteria's CDI extension is application-wide, so an
 * HttpAuthenticationMechanism bean in this WAR makes Soteria install its bridge module in every WAR of the
 * EAR, including the portal with its FORM login-config (Payara FISH-171 / issue 5195). This module is
 * registered for the /bss context only ({@link BearerAuthRegistration}).
 */
public class BearerServerAuthModule implements ServerAuthModule {

    private static final Class<?>[] TYPES = {HttpServletRequest.class, HttpServletResponse.class};

    private final BearerTokens tokens;
    private CallbackHandler handler;

    BearerServerAuthModule(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void initialize(
            MessagePolicy requestPolicy,
            MessagePolicy responsePolicy,
            CallbackHandler handler,
            @SuppressWarnings("rawtypes") Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return TYPES.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public AuthStatus validateRequest(MessageInfo messageInfo, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) messageInfo.getRequestMessage();
        BearerTokens.Caller caller = tokens.authenticate(request);
        Callback[] callbacks = caller == null
                ? new Callback[] {new CallerPrincipalCallback(client, (Principal) null)}
                : new Callback[] {
                    new CallerPrincipalCallback(client, caller.name()),
                    new GroupPrincipalCallback(client, caller.groups().toArray(String[]::new))
                };
        try {
            handler.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("cannot pass the caller to the container").initCause(e);
        }
        if (caller != null) {
            messageInfo.getMap().put("jakarta.servlet.http.authType", "Bearer");
        }
        return AuthStatus.SUCCESS;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo messageInfo, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo messageInfo, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
