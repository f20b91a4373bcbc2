package org.bss.identity.ldap;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Hashtable;
import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import javax.naming.ServiceUnavailableException;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;

/** Opens JNDI LDAP connections for {@link LdapDirectory} and turns JNDI failures into localized errors. */
final class LdapConnector {

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 10_000;

    /**
     * Connects and binds: simple authentication as {@code principal}, or anonymously when it is null. Callers
     * refuse empty passwords of users themselves (see {@link LdapDirectory#authenticate}).
     */
    // JdkObsolete: InitialLdapContext takes its environment as a Hashtable
    @SuppressWarnings("JdkObsolete")
    LdapContext connect(LdapSettings settings, String principal, String credentials) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, settings.contextFactory());
        env.put(Context.PROVIDER_URL, settings.url());
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(CONNECT_TIMEOUT_MS));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(READ_TIMEOUT_MS));
        env.put("java.naming.ldap.version", "3");
        env.put(Context.REFERRAL, "ignore");
        if (principal == null) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, principal);
            env.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
        }
        return new InitialLdapContext(env, null);
    }

    /** What went wrong, as the caller can act on it (message keys ldap.connect.*). */
    LdapUnavailableException unavailable(LdapSettings settings, NamingException e) {
        if (e instanceof AuthenticationException) {
            return new LdapUnavailableException(
                    "ldap.connect.credentials", settings.url(), String.valueOf(settings.principal()));
        }
        if (e instanceof NameNotFoundException) {
            return new LdapUnavailableException("ldap.connect.baseDn", settings.baseDn(), settings.url());
        }
        if (e instanceof NoInitialContextException) {
            return new LdapUnavailableException(
                    "ldap.connect.factory", LdapSettings.CONTEXT_FACTORY, settings.contextFactory());
        }
        if (e instanceof CommunicationException
                || e instanceof ServiceUnavailableException
                || isNetwork(e.getRootCause())) {
            return new LdapUnavailableException("ldap.connect.unreachable", settings.url(), reason(e));
        }
        return new LdapUnavailableException("ldap.connect.failed", settings.url(), reason(e));
    }

    private static boolean isNetwork(Throwable t) {
        return t instanceof ConnectException
                || t instanceof SocketTimeoutException
                || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException;
    }

    /** The most telling text of a JNDI failure, on one line. */
    static String reason(NamingException e) {
        Throwable root = e.getRootCause();
        String text = root != null && root.getMessage() != null
                ? root.getClass().getSimpleName() + ": " + root.getMessage()
                : String.valueOf(e.getExplanation());
        return text.replaceAll("\\s+", " ").strip();
    }

    static void close(LdapContext ctx) {
        if (ctx != null) {
            try {
                ctx.close();
            } catch (NamingException e) {
                // closing a connection that failed anyway; nothing to report
            }
        }
    }
}
