package org.bss.realm;

import com.sun.appserv.security.AppservPasswordLoginModule;
import javax.security.auth.login.LoginException;
import org.bss.realm.spi.VerifiedCaller;

/**
 * JAAS login module of {@code bss-realm}; configured in the domain's {@code login.conf}:
 * <pre>
 * bssRealm {
 *     org.bss.realm.BssLoginModule required;
 * };
 * </pre>
 * It asks the application's {@code CredentialVerifier} (looked up on every login, see
 * {@link BssAuthenticator}). On success the principal becomes the verified principal name, i.e.
 * the user key, whatever name the caller typed ({@code 1000} or {@code id:administrator}), and the
 * groups become the caller's roles.
 */
public class BssLoginModule extends AppservPasswordLoginModule {

    private final BssAuthenticator authenticator;

    public BssLoginModule() {
        this(new BssAuthenticator(BssAuthenticator.JNDI));
    }

    BssLoginModule(BssAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void authenticateUser() throws LoginException {
        if (!(_currentRealm instanceof BssRealm)) {
            throw new LoginException("bss-realm: BssLoginModule is configured for realm '"
                    + (_currentRealm == null ? null : _currentRealm.getName()) + "', which is not a BssRealm");
        }
        char[] password = getPasswordChar();
        if (password == null && _password != null) {
            password = _password.toCharArray();
        }
        VerifiedCaller caller = authenticator.authenticate(_username, password);
        _username = caller.principalName();
        commitUserAuthentication(BssAuthenticator.groupArray(caller));
    }
}
