package org.bss.web.auth;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.bss.identity.token.TokenService;

/** Finds the token service on first use (the module is created before injection is available). */
final class TokenServiceLocator {

    private static final String[] NAMES = {
        "java:app/bss-ejb/TokenService!org.bss.identity.token.TokenService",
        "java:global/bss/bss-ejb/TokenService!org.bss.identity.token.TokenService"
    };

    private volatile TokenService service;

    TokenService get() {
        TokenService s = service;
        if (s == null) {
            s = lookup();
            service = s;
        }
        return s;
    }

    // BanJNDI: fixed names of our own bean in the server's namespace, never caller input
    @SuppressWarnings("BanJNDI")
    private static TokenService lookup() {
        NamingException last = null;
        for (String name : NAMES) {
            try {
                return (TokenService) new InitialContext().lookup(name);
            } catch (NamingException e) {
                last = e;
            }
        }
        throw new IllegalStateException("TokenService not found", last);
    }
}
