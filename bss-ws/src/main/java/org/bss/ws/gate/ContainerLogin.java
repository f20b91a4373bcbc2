package org.bss.ws.gate;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Logs the caller in through the realm {@value #REALM} with the very call Payara's HTTP Basic authentication of web
 * service endpoints makes (ADR 0001: CredentialChecker, failed-login count and lock, the verified-password memo of
 * ADR 0007). It sets the container's caller (principal and groups) for this thread, so the security pipe's
 * {@code @RolesAllowed} check and every EJB called later see the caller as after Basic authentication. Payara 6 has
 * no public API for it (its ProgrammaticLogin logs every refused password as SEVERE), hence the lookup by name, once.
 */
final class ContainerLogin {

    static final String REALM = "bss-realm";

    private static final String JAAS_BRIDGE = "com.sun.enterprise.security.auth.WebAndEjbToJaasBridge";

    private final MethodHandle login;

    ContainerLogin() {
        try {
            Class<?> type = Class.forName(JAAS_BRIDGE, true, ContainerLogin.class.getClassLoader());
            login = MethodHandles.publicLookup()
                    .findStatic(
                            type, "login", MethodType.methodType(void.class, String.class, char[].class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Payara's realm login is not available", e);
        }
    }

    /** True when the realm accepted the credentials; the caller is then logged in for this thread. */
    boolean login(Credentials credentials) {
        try {
            login.invoke(credentials.name(), credentials.password().toCharArray(), REALM);
            return true;
        } catch (Error e) {
            throw e;
        } catch (Throwable refused) { // the realm's LoginException, wrapped by Payara or not
            return false;
        }
    }
}
