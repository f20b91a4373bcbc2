package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.bss.realm.spi.CredentialVerifier;
import org.bss.realm.spi.LoginRefusedException;
import org.bss.realm.spi.VerifiedCaller;

/**
 * The realm's entry into BSS (SEC-3): bss-realm looks this bean up under {@link CredentialVerifier#JNDI_NAME}
 * and delegates every login to it, so the realm, the REST token endpoint and the portal share one rule
 * ({@link CredentialChecker}). A user who must change the password still logs in here: the portal then forces
 * the change (USR-1); the token endpoint refuses such users ({@link IdentityService#authenticate}).
 */
@Stateless(name = "CredentialVerifierBean")
@Local(CredentialVerifier.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CredentialVerifierBean implements CredentialVerifier {

    public static final String CHANNEL = "realm";

    @EJB
    private CredentialChecker checker;

    @Override
    public VerifiedCaller verify(String loginName, String password) throws LoginRefusedException {
        LoginCheck result = checker.check(loginName, password, CHANNEL);
        if (!result.ok()) {
            throw new LoginRefusedException(result.status().name());
        }
        return new VerifiedCaller(
                Long.toString(result.user().userKey()), result.user().roles());
    }
}
