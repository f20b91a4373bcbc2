package org.bss.realm;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import org.bss.realm.spi.CredentialVerifier;
import org.bss.realm.spi.LoginRefusedException;
import org.bss.realm.spi.VerifiedCaller;

/**
 * The decision part of {@link BssLoginModule}, free of Payara types so that it can be unit tested.
 *
 * <p>The verifier is looked up for every login and never cached: the bean lives in the EAR, and a
 * redeploy replaces it, while this class lives in the domain's lib for the life of the server.
 * Error messages never contain the password.
 */
final class BssAuthenticator {

    private static final Logger LOG = Logger.getLogger(BssAuthenticator.class.getName());

    /** Finds the application's verifier; the production one uses JNDI. */
    @FunctionalInterface
    interface VerifierLocator {
        CredentialVerifier locate() throws NamingException;
    }

    /** Looks up {@link CredentialVerifier#JNDI_NAME} through a fresh {@link InitialContext}. */
    // BanJNDI: the name is our constant in the server's own namespace, never caller input
    @SuppressWarnings("BanJNDI")
    static final VerifierLocator JNDI = () -> {
        InitialContext ctx = new InitialContext();
        try {
            return (CredentialVerifier) ctx.lookup(CredentialVerifier.JNDI_NAME);
        } finally {
            ctx.close();
        }
    };

    private final VerifierLocator locator;

    BssAuthenticator(VerifierLocator locator) {
        this.locator = locator;
    }

    /**
     * @return the verified caller with a non-blank principal name
     * @throws FailedLoginException when the credentials are refused
     * @throws LoginException when the verifier cannot be reached (application not deployed, redeploying)
     */
    VerifiedCaller authenticate(String loginName, char[] password) throws LoginException {
        if (loginName == null || loginName.isBlank()) {
            throw new FailedLoginException("bss-realm: no user name given");
        }
        if (password == null || password.length == 0) {
            throw new FailedLoginException("bss-realm: login refused for '" + loginName + "' (no password given)");
        }
        CredentialVerifier verifier = locate();
        VerifiedCaller caller;
        try {
            caller = verifier.verify(loginName, new String(password));
        } catch (LoginRefusedException e) {
            LOG.log(Level.FINE, "bss-realm: login refused for ''{0}'': {1}", new Object[] {loginName, e.getMessage()});
            throw new FailedLoginException("bss-realm: login refused for '" + loginName + "'");
        } catch (RuntimeException e) {
            // EJBException / NoSuchEJBException while the application is (re)deploying, or a DB failure
            LOG.log(Level.WARNING, "bss-realm: credential verifier failed for ''{0}'': {1}", new Object[] {
                loginName, e.toString()
            });
            throw loginException("bss-realm: credential verifier failed for '" + loginName + "'", e);
        }
        if (caller == null
                || caller.principalName() == null
                || caller.principalName().isBlank()) {
            throw new FailedLoginException(
                    "bss-realm: credential verifier returned no principal for '" + loginName + "'");
        }
        return caller;
    }

    private CredentialVerifier locate() throws LoginException {
        try {
            CredentialVerifier verifier = locator.locate();
            if (verifier == null) {
                throw new NamingException("lookup returned null");
            }
            return verifier;
        } catch (NamingException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "bss-realm: cannot look up {0} (is the bss application deployed?): {1}",
                    new Object[] {CredentialVerifier.JNDI_NAME, e.toString()});
            throw loginException(
                    "bss-realm: credential verifier not available (" + CredentialVerifier.JNDI_NAME + ")", e);
        }
    }

    private static LoginException loginException(String message, Throwable cause) {
        LoginException le = new LoginException(message);
        le.initCause(cause);
        return le;
    }

    /** Group names as the array {@code commitUserAuthentication} expects. */
    static String[] groupArray(VerifiedCaller caller) {
        return caller.groups().stream()
                .filter(g -> g != null && !g.isBlank())
                .sorted()
                .toArray(String[]::new);
    }
}
