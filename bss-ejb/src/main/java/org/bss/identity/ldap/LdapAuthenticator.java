package org.bss.identity.ldap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.bss.common.ValidationException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.identity.PlatformUser;

/**
 * The password check of LDAP users for the login rule ({@code CredentialChecker}, USR-6): the organization's
 * directory decides instead of the hash. A directory that cannot be asked refuses the login; that is logged as a
 * warning (without stack trace) for the operator. A successful login also refreshes the mapped fields, so that BSS
 * follows the directory (guide 3.5). Runs in the checker's transaction.
 */
@Stateless
@PermitAll
public class LdapAuthenticator {

    private static final String CHANNEL = "LDAP";

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    private final LdapDirectory directory = new LdapDirectory();

    /** Whether the directory, not BSS, checks this user's password. A read: no transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean manages(PlatformUser user) {
        return new LdapStore(em).isLdapUser(user.getKey());
    }

    /** What the directory said of a password; UNAVAILABLE when it could not be asked (no failed attempt). */
    public enum Verdict {
        ACCEPTED,
        REFUSED,
        UNAVAILABLE
    }

    /** Asks the organization's directory; an accepted login also refreshes the mapped fields. */
    public Verdict authenticate(PlatformUser user, String password) {
        LdapSettings settings;
        Optional<LdapUser> entry;
        try {
            settings = new LdapStore(em).effective(user.getOrganization().getKey());
            entry = directory.verify(settings, user.getUserId(), password);
        } catch (ValidationException e) { // directory unreachable or settings incomplete
            BssLog.system(LogFeature.IDENTITY).warn(LogMessage.LOGIN_FAILED, user.getUserId(), CHANNEL, e.getMessage());
            return Verdict.UNAVAILABLE;
        }
        entry.filter(u -> LdapUserMapping.check(u).isEmpty()).ifPresent(u -> LdapUserMapping.apply(u, settings, user));
        return entry.isPresent() ? Verdict.ACCEPTED : Verdict.REFUSED;
    }
}
